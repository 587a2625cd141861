using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// Source-generated metadata for the whole wire model. Every concrete type a polymorphic converter can
/// produce must be listed here. Use <see cref="ResponsesJson.Options"/> rather than this context
/// directly: those options add the presence tracking that makes round-trips exact.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    UseStringEnumConverter = false)]
// Common
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(IDictionary<string, string>))]
// Items
[JsonSerializable(typeof(ResponseItem))]
[JsonSerializable(typeof(List<ResponseItem>))]
[JsonSerializable(typeof(IList<ResponseItem>))]
[JsonSerializable(typeof(UnknownResponseItem))]
[JsonSerializable(typeof(MessageItem))]
[JsonSerializable(typeof(FunctionCallItem))]
// End items
// Content
[JsonSerializable(typeof(ContentPart))]
[JsonSerializable(typeof(List<ContentPart>))]
[JsonSerializable(typeof(IList<ContentPart>))]
[JsonSerializable(typeof(UnknownContentPart))]
[JsonSerializable(typeof(InputTextPart))]
[JsonSerializable(typeof(OutputTextPart))]
// End content
// Annotations (items helper)
[JsonSerializable(typeof(Annotation))]
[JsonSerializable(typeof(UnknownAnnotation))]
[JsonSerializable(typeof(LogProb))]
// End annotations
// Tools and request/response configuration (tools helper)
[JsonSerializable(typeof(ResponseTool))]
[JsonSerializable(typeof(List<ResponseTool>))]
[JsonSerializable(typeof(IList<ResponseTool>))]
[JsonSerializable(typeof(UnknownResponseTool))]
// End tools
// Responses
[JsonSerializable(typeof(Response))]
[JsonSerializable(typeof(ResponseError))]
[JsonSerializable(typeof(ResponseUsage))]
[JsonSerializable(typeof(DeleteResponseResult))]
[JsonSerializable(typeof(ResponseItemList))]
[JsonSerializable(typeof(ApiError))]
[JsonSerializable(typeof(ApiErrorResponse))]
[JsonSerializable(typeof(CreateResponseRequest))]
// End responses
// Events
[JsonSerializable(typeof(ResponseStreamEvent))]
[JsonSerializable(typeof(UnknownResponseStreamEvent))]
[JsonSerializable(typeof(ResponseErrorEventDetails))]
[JsonSerializable(typeof(ResponseAudioDeltaEvent))]
[JsonSerializable(typeof(ResponseAudioDoneEvent))]
[JsonSerializable(typeof(ResponseAudioTranscriptDeltaEvent))]
[JsonSerializable(typeof(ResponseAudioTranscriptDoneEvent))]
[JsonSerializable(typeof(ResponseCodeInterpreterCallCodeDeltaEvent))]
[JsonSerializable(typeof(ResponseCodeInterpreterCallCodeDoneEvent))]
[JsonSerializable(typeof(ResponseCodeInterpreterCallCompletedEvent))]
[JsonSerializable(typeof(ResponseCodeInterpreterCallInProgressEvent))]
[JsonSerializable(typeof(ResponseCodeInterpreterCallInterpretingEvent))]
[JsonSerializable(typeof(ResponseCompletedEvent))]
[JsonSerializable(typeof(ResponseContentPartAddedEvent))]
[JsonSerializable(typeof(ResponseContentPartDoneEvent))]
[JsonSerializable(typeof(ResponseCreatedEvent))]
[JsonSerializable(typeof(ResponseErrorEvent))]
[JsonSerializable(typeof(ResponseFileSearchCallCompletedEvent))]
[JsonSerializable(typeof(ResponseFileSearchCallInProgressEvent))]
[JsonSerializable(typeof(ResponseFileSearchCallSearchingEvent))]
[JsonSerializable(typeof(ResponseFunctionCallArgumentsDeltaEvent))]
[JsonSerializable(typeof(ResponseFunctionCallArgumentsDoneEvent))]
[JsonSerializable(typeof(ResponseShellCallCommandAddedEvent))]
[JsonSerializable(typeof(ResponseShellCallCommandDeltaEvent))]
[JsonSerializable(typeof(ResponseShellCallCommandDoneEvent))]
[JsonSerializable(typeof(ResponseShellCallOutputContentDeltaEvent))]
[JsonSerializable(typeof(ResponseShellCallOutputContentDoneEvent))]
[JsonSerializable(typeof(ResponseInProgressEvent))]
[JsonSerializable(typeof(ResponseFailedEvent))]
[JsonSerializable(typeof(ResponseIncompleteEvent))]
[JsonSerializable(typeof(ResponseOutputItemAddedEvent))]
[JsonSerializable(typeof(ResponseOutputItemDoneEvent))]
[JsonSerializable(typeof(ResponseReasoningSummaryPartAddedEvent))]
[JsonSerializable(typeof(ResponseReasoningSummaryPartDoneEvent))]
[JsonSerializable(typeof(ResponseReasoningSummaryTextDeltaEvent))]
[JsonSerializable(typeof(ResponseReasoningSummaryTextDoneEvent))]
[JsonSerializable(typeof(ResponseReasoningTextDeltaEvent))]
[JsonSerializable(typeof(ResponseReasoningTextDoneEvent))]
[JsonSerializable(typeof(ResponseRefusalDeltaEvent))]
[JsonSerializable(typeof(ResponseRefusalDoneEvent))]
[JsonSerializable(typeof(ResponseOutputTextDeltaEvent))]
[JsonSerializable(typeof(ResponseOutputTextDoneEvent))]
[JsonSerializable(typeof(ResponseWebSearchCallCompletedEvent))]
[JsonSerializable(typeof(ResponseWebSearchCallInProgressEvent))]
[JsonSerializable(typeof(ResponseWebSearchCallSearchingEvent))]
[JsonSerializable(typeof(ResponseImageGenerationCallCompletedEvent))]
[JsonSerializable(typeof(ResponseImageGenerationCallGeneratingEvent))]
[JsonSerializable(typeof(ResponseImageGenerationCallInProgressEvent))]
[JsonSerializable(typeof(ResponseImageGenerationCallPartialImageEvent))]
[JsonSerializable(typeof(ResponseMcpCallArgumentsDeltaEvent))]
[JsonSerializable(typeof(ResponseMcpCallArgumentsDoneEvent))]
[JsonSerializable(typeof(ResponseMcpCallCompletedEvent))]
[JsonSerializable(typeof(ResponseMcpCallFailedEvent))]
[JsonSerializable(typeof(ResponseMcpCallInProgressEvent))]
[JsonSerializable(typeof(ResponseMcpListToolsCompletedEvent))]
[JsonSerializable(typeof(ResponseMcpListToolsFailedEvent))]
[JsonSerializable(typeof(ResponseMcpListToolsInProgressEvent))]
[JsonSerializable(typeof(ResponseOutputTextAnnotationAddedEvent))]
[JsonSerializable(typeof(ResponseQueuedEvent))]
[JsonSerializable(typeof(ResponseCustomToolCallInputDeltaEvent))]
[JsonSerializable(typeof(ResponseCustomToolCallInputDoneEvent))]
[JsonSerializable(typeof(ResponseReasoningDeltaEvent))]
[JsonSerializable(typeof(ResponseReasoningDoneEvent))]
// End events
internal sealed partial class ResponsesJsonContext : JsonSerializerContext
{
}
