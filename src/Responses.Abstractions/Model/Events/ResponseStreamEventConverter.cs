namespace Responses;

/// <summary>Reads and writes <see cref="ResponseStreamEvent"/> by its <c>"type"</c>.</summary>
public sealed class ResponseStreamEventConverter : WirePolymorphicConverter<ResponseStreamEvent>
{
    /// <summary>Initializes the converter with every type of the specification.</summary>
    public ResponseStreamEventConverter()
        : base(new Dictionary<string, Type>
        {
            [ResponseStreamEventTypes.AudioDelta] = typeof(ResponseAudioDeltaEvent),
            [ResponseStreamEventTypes.AudioDone] = typeof(ResponseAudioDoneEvent),
            [ResponseStreamEventTypes.AudioTranscriptDelta] = typeof(ResponseAudioTranscriptDeltaEvent),
            [ResponseStreamEventTypes.AudioTranscriptDone] = typeof(ResponseAudioTranscriptDoneEvent),
            [ResponseStreamEventTypes.CodeInterpreterCallCodeDelta] = typeof(ResponseCodeInterpreterCallCodeDeltaEvent),
            [ResponseStreamEventTypes.CodeInterpreterCallCodeDone] = typeof(ResponseCodeInterpreterCallCodeDoneEvent),
            [ResponseStreamEventTypes.CodeInterpreterCallCompleted] = typeof(ResponseCodeInterpreterCallCompletedEvent),
            [ResponseStreamEventTypes.CodeInterpreterCallInProgress] = typeof(ResponseCodeInterpreterCallInProgressEvent),
            [ResponseStreamEventTypes.CodeInterpreterCallInterpreting] = typeof(ResponseCodeInterpreterCallInterpretingEvent),
            [ResponseStreamEventTypes.Completed] = typeof(ResponseCompletedEvent),
            [ResponseStreamEventTypes.ContentPartAdded] = typeof(ResponseContentPartAddedEvent),
            [ResponseStreamEventTypes.ContentPartDone] = typeof(ResponseContentPartDoneEvent),
            [ResponseStreamEventTypes.Created] = typeof(ResponseCreatedEvent),
            [ResponseStreamEventTypes.Error] = typeof(ResponseErrorEvent),
            [ResponseStreamEventTypes.FileSearchCallCompleted] = typeof(ResponseFileSearchCallCompletedEvent),
            [ResponseStreamEventTypes.FileSearchCallInProgress] = typeof(ResponseFileSearchCallInProgressEvent),
            [ResponseStreamEventTypes.FileSearchCallSearching] = typeof(ResponseFileSearchCallSearchingEvent),
            [ResponseStreamEventTypes.FunctionCallArgumentsDelta] = typeof(ResponseFunctionCallArgumentsDeltaEvent),
            [ResponseStreamEventTypes.FunctionCallArgumentsDone] = typeof(ResponseFunctionCallArgumentsDoneEvent),
            [ResponseStreamEventTypes.ShellCallCommandAdded] = typeof(ResponseShellCallCommandAddedEvent),
            [ResponseStreamEventTypes.ShellCallCommandDelta] = typeof(ResponseShellCallCommandDeltaEvent),
            [ResponseStreamEventTypes.ShellCallCommandDone] = typeof(ResponseShellCallCommandDoneEvent),
            [ResponseStreamEventTypes.ShellCallOutputContentDelta] = typeof(ResponseShellCallOutputContentDeltaEvent),
            [ResponseStreamEventTypes.ShellCallOutputContentDone] = typeof(ResponseShellCallOutputContentDoneEvent),
            [ResponseStreamEventTypes.InProgress] = typeof(ResponseInProgressEvent),
            [ResponseStreamEventTypes.Failed] = typeof(ResponseFailedEvent),
            [ResponseStreamEventTypes.Incomplete] = typeof(ResponseIncompleteEvent),
            [ResponseStreamEventTypes.OutputItemAdded] = typeof(ResponseOutputItemAddedEvent),
            [ResponseStreamEventTypes.OutputItemDone] = typeof(ResponseOutputItemDoneEvent),
            [ResponseStreamEventTypes.ReasoningSummaryPartAdded] = typeof(ResponseReasoningSummaryPartAddedEvent),
            [ResponseStreamEventTypes.ReasoningSummaryPartDone] = typeof(ResponseReasoningSummaryPartDoneEvent),
            [ResponseStreamEventTypes.ReasoningSummaryTextDelta] = typeof(ResponseReasoningSummaryTextDeltaEvent),
            [ResponseStreamEventTypes.ReasoningSummaryTextDone] = typeof(ResponseReasoningSummaryTextDoneEvent),
            [ResponseStreamEventTypes.ReasoningTextDelta] = typeof(ResponseReasoningTextDeltaEvent),
            [ResponseStreamEventTypes.ReasoningTextDone] = typeof(ResponseReasoningTextDoneEvent),
            [ResponseStreamEventTypes.RefusalDelta] = typeof(ResponseRefusalDeltaEvent),
            [ResponseStreamEventTypes.RefusalDone] = typeof(ResponseRefusalDoneEvent),
            [ResponseStreamEventTypes.OutputTextDelta] = typeof(ResponseOutputTextDeltaEvent),
            [ResponseStreamEventTypes.OutputTextDone] = typeof(ResponseOutputTextDoneEvent),
            [ResponseStreamEventTypes.WebSearchCallCompleted] = typeof(ResponseWebSearchCallCompletedEvent),
            [ResponseStreamEventTypes.WebSearchCallInProgress] = typeof(ResponseWebSearchCallInProgressEvent),
            [ResponseStreamEventTypes.WebSearchCallSearching] = typeof(ResponseWebSearchCallSearchingEvent),
            [ResponseStreamEventTypes.ImageGenerationCallCompleted] = typeof(ResponseImageGenerationCallCompletedEvent),
            [ResponseStreamEventTypes.ImageGenerationCallGenerating] = typeof(ResponseImageGenerationCallGeneratingEvent),
            [ResponseStreamEventTypes.ImageGenerationCallInProgress] = typeof(ResponseImageGenerationCallInProgressEvent),
            [ResponseStreamEventTypes.ImageGenerationCallPartialImage] = typeof(ResponseImageGenerationCallPartialImageEvent),
            [ResponseStreamEventTypes.McpCallArgumentsDelta] = typeof(ResponseMcpCallArgumentsDeltaEvent),
            [ResponseStreamEventTypes.McpCallArgumentsDone] = typeof(ResponseMcpCallArgumentsDoneEvent),
            [ResponseStreamEventTypes.McpCallCompleted] = typeof(ResponseMcpCallCompletedEvent),
            [ResponseStreamEventTypes.McpCallFailed] = typeof(ResponseMcpCallFailedEvent),
            [ResponseStreamEventTypes.McpCallInProgress] = typeof(ResponseMcpCallInProgressEvent),
            [ResponseStreamEventTypes.McpListToolsCompleted] = typeof(ResponseMcpListToolsCompletedEvent),
            [ResponseStreamEventTypes.McpListToolsFailed] = typeof(ResponseMcpListToolsFailedEvent),
            [ResponseStreamEventTypes.McpListToolsInProgress] = typeof(ResponseMcpListToolsInProgressEvent),
            [ResponseStreamEventTypes.OutputTextAnnotationAdded] = typeof(ResponseOutputTextAnnotationAddedEvent),
            [ResponseStreamEventTypes.Queued] = typeof(ResponseQueuedEvent),
            [ResponseStreamEventTypes.CustomToolCallInputDelta] = typeof(ResponseCustomToolCallInputDeltaEvent),
            [ResponseStreamEventTypes.CustomToolCallInputDone] = typeof(ResponseCustomToolCallInputDoneEvent),
            [ResponseStreamEventTypes.ReasoningDelta] = typeof(ResponseReasoningDeltaEvent),
            [ResponseStreamEventTypes.ReasoningDone] = typeof(ResponseReasoningDoneEvent),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownResponseStreamEvent);
}
