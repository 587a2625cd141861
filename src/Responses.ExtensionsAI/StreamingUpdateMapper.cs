using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Responses.ExtensionsAI;

/// <summary>
/// Maps a Responses event stream to <see cref="ChatResponseUpdate"/>s as Microsoft.Extensions.AI.OpenAI does:
/// every update carries the response id, the current message id and role, the conversation id, the model and
/// the creation time; text and reasoning arrive as deltas; function calls, MCP calls and approvals arrive whole
/// when their item is done; the terminal event brings <see cref="UsageContent"/> and the finish reason. Items
/// streamed as deltas are not repeated when done (a round trip would send them twice), except for reasoning's
/// protected data, which only the done item has.
/// </summary>
internal static class StreamingUpdateMapper
{
    public static async IAsyncEnumerable<ChatResponseUpdate> ToUpdatesAsync(
        IAsyncEnumerable<ResponseStreamEvent> events,
        CreateResponseRequest request,
        bool pipelineStores,
        string? resumedResponseId,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var state = new StreamState(request, pipelineStores, resumedResponseId);
        await foreach (ResponseStreamEvent e in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (ChatResponseUpdate update in state.Map(e))
            {
                yield return update;
            }
        }
    }

    private sealed class StreamState(CreateResponseRequest request, bool pipelineStores, string? resumedResponseId)
    {
        private DateTimeOffset? _createdAt;
        private string? _responseId = resumedResponseId;
        private string? _conversationId;
        private string? _modelId;
        private string? _messageId;
        private ChatRole? _role;
        private bool _anyFunctions;
        private bool? _background = request.Background;
        private ResponseStatus? _status;

        public IEnumerable<ChatResponseUpdate> Map(ResponseStreamEvent e)
        {
            switch (e)
            {
                case ResponseCreatedEvent { Response: { } r }:
                    Observe(r);
                    return [Update(e)];
                case ResponseQueuedEvent { Response: { } r }:
                    Observe(r);
                    return [Update(e)];
                case ResponseInProgressEvent { Response: { } r }:
                    Observe(r);
                    return [Update(e)];
                case ResponseCompletedEvent { Response: { } r }:
                    return [Terminal(e, r)];
                case ResponseIncompleteEvent { Response: { } r }:
                    return [Terminal(e, r)];
                case ResponseFailedEvent { Response: { } r }:
                    ChatResponseUpdate failed = Terminal(e, r);
                    if (r.Error is { } failure)
                    {
                        failed.Contents.Add(new ErrorContent(failure.Message) { ErrorCode = failure.Code });
                    }

                    return [failed];
                case ResponseOutputItemAddedEvent { Item: MessageItem message }:
                    _messageId = message.Id;
                    _role = ChatResponseMapper.ToChatRole(message.Role);
                    return [Update(e)];
                case ResponseOutputItemAddedEvent { Item: FunctionCallItem }:
                    _anyFunctions = true;
                    _role = ChatRole.Assistant;
                    return [Update(e)];
                case ResponseOutputTextDeltaEvent { Delta: { } delta }:
                    return [Update(e, new TextContent(delta))];
                case ResponseReasoningSummaryTextDeltaEvent { Delta: { } delta }:
                    return [Update(e, new TextReasoningContent(delta))];
                case ResponseReasoningTextDeltaEvent { Delta: { } delta }:
                    return [Update(e, new TextReasoningContent(delta))];
                case ResponseRefusalDoneEvent { Refusal: { } refusal }:
                    return [Update(e, new ErrorContent(refusal) { ErrorCode = ContentMapper.RefusalErrorCode })];
                case ResponseErrorEvent error:
                    return [Update(e, new ErrorContent(error.Message ?? error.Error?.Message) { ErrorCode = error.Code ?? error.Error?.Code, Details = error.Param })];
                case ResponseOutputItemDoneEvent { Item: { } item }:
                    return [ItemDone(e, item)];
                default:
                    return [Update(e)];
            }
        }

        private ChatResponseUpdate ItemDone(ResponseStreamEvent e, ResponseItem item)
        {
            switch (item)
            {
                case MessageItem { Content.Parts: { } parts } when parts.OfType<OutputTextPart>().Any(p => p.Annotations is { Count: > 0 }):
                    // The text came as deltas; only the annotations are new (no raw item, which would repeat the text).
                    var annotated = new AIContent();
                    foreach (OutputTextPart part in parts.OfType<OutputTextPart>())
                    {
                        AIContent withAnnotations = ContentMapper.ToAIContent(part);
                        foreach (AIAnnotation annotation in withAnnotations.Annotations ?? [])
                        {
                            (annotated.Annotations ??= []).Add(annotation);
                        }
                    }

                    return Update(e, annotated);

                case MessageItem:
                    return Update(e);

                case ReasoningItem { EncryptedContent: { } encrypted }:
                    // The summary came as deltas; the protected data closes the reasoning (the request mapper joins them again).
                    return Update(e, new TextReasoningContent(string.Empty) { ProtectedData = encrypted });

                case ReasoningItem:
                    return Update(e);

                default:
                    ChatResponseUpdate update = Update(e);
                    ChatResponseMapper.AddItemContents(item, update.Contents);
                    return update;
            }
        }

        private ChatResponseUpdate Terminal(ResponseStreamEvent e, Response response)
        {
            Observe(response);
            ChatResponseUpdate update = Update(e);
            if (ChatResponseMapper.ToUsageDetails(response.Usage) is { } usage)
            {
                update.Contents.Add(new UsageContent(usage));
            }

            update.FinishReason = ChatResponseMapper.FinishReasonOf(response)
                ?? (response.Status == ResponseStatus.Failed ? null : _anyFunctions ? ChatFinishReason.ToolCalls : ChatFinishReason.Stop);
            return update;
        }

        private void Observe(Response response)
        {
            _createdAt = DateTimeOffset.FromUnixTimeSeconds(response.CreatedAt);
            _responseId = response.Id;
            _modelId = response.Model;
            _background = response.Background ?? _background;
            _status = response.Status;
            _conversationId ??= ChatResponseMapper.ConversationIdOf(request, response.Conversation?.Id, response.Id, response.Store == true || pipelineStores);
        }

        private ChatResponseUpdate Update(ResponseStreamEvent e, AIContent? content = null) =>
            new(_role, content is null ? null : [content])
            {
                ResponseId = _responseId,
                MessageId = _messageId,
                ConversationId = _conversationId,
                CreatedAt = _createdAt,
                ModelId = _modelId,
                RawRepresentation = e,
                ContinuationToken = ResponsesContinuationToken.For(_responseId, _background, _status, e.SequenceNumber),
            };
    }
}
