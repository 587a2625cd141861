using System.Text.Json.Nodes;

namespace Responses.Providers.Streaming;

// Pass-through: events made upstream by a server that already speaks Responses are forwarded unchanged
// while the writer tracks them, so a broken upstream can still be closed with a proper terminal event.
public sealed partial class ResponseWriter
{
    /// <summary>Whether any event has been written or forwarded.</summary>
    public bool HasWrittenEvents => _sequenceNumber > 0 || IsStarted;

    /// <summary>
    /// Forwards an event produced by an upstream Responses server (unchanged, upstream sequence number kept)
    /// and tracks the items it opens and closes, so that <see cref="Fail"/> can still close the stream with
    /// spec-correct events if the upstream breaks.
    /// </summary>
    /// <param name="streamEvent">The upstream event.</param>
    public void Forward(ResponseStreamEvent streamEvent)
    {
        ArgumentNullException.ThrowIfNull(streamEvent);
        if (!IsFinished)
        {
            IsStarted = true;
            Track(streamEvent);
        }

        _sequenceNumber = Math.Max(_sequenceNumber, streamEvent.SequenceNumber + 1);
        _pending?.Enqueue(streamEvent);
    }

    private void Track(ResponseStreamEvent streamEvent)
    {
        switch (streamEvent)
        {
            case ResponseCreatedEvent { Response: { } response }:
                Adopt(response);
                break;
            case ResponseInProgressEvent { Response: { } response }:
                Adopt(response);
                break;
            case ResponseQueuedEvent { Response: { } response }:
                Adopt(response);
                break;
            case ResponseOutputItemAddedEvent { Item: { } item } added:
                TrackAdded(added.OutputIndex, item);
                break;
            case ResponseContentPartAddedEvent { Part: { } part } partAdded when TrackedSlot(partAdded.OutputIndex) is { Item: MessageItem or ReasoningItem } slot:
                IList<ContentPart> parts = PartsOf(slot);
                var live = (ContentPart)part.ShallowClone();
                if (partAdded.ContentIndex < parts.Count)
                {
                    parts[partAdded.ContentIndex] = live;
                }
                else
                {
                    parts.Add(live);
                }

                slot.OpenPart = live;
                slot.OpenPartIndex = partAdded.ContentIndex;
                slot.Text.Clear();
                break;
            case ResponseOutputTextDeltaEvent delta when TrackedSlot(delta.OutputIndex) is { } slot:
                slot.Text.Append(delta.Delta);
                break;
            case ResponseRefusalDeltaEvent delta when TrackedSlot(delta.OutputIndex) is { } slot:
                slot.Text.Append(delta.Delta);
                break;
            case ResponseFunctionCallArgumentsDeltaEvent delta when TrackedSlot(delta.OutputIndex) is { } slot:
                slot.Text.Append(delta.Delta);
                break;
            case ResponseReasoningTextDeltaEvent delta when TrackedSlot(delta.OutputIndex) is { } slot:
                slot.Text.Append(delta.Delta);
                break;
            case ResponseOutputTextAnnotationAddedEvent { Annotation: { } annotation } annotationAdded when TrackedSlot(annotationAdded.OutputIndex) is { OpenPart: OutputTextPart textPart }:
                // A new list: the live part shares the upstream event's list, which the caller already has.
                textPart.Annotations = [.. textPart.Annotations ?? [], annotation];
                break;
            case ResponseCodeInterpreterCallCodeDeltaEvent delta when TrackedSlot(delta.OutputIndex) is { } slot:
                slot.Text.Append(delta.Delta);
                break;
            case ResponseMcpCallArgumentsDeltaEvent delta when TrackedSlot(delta.OutputIndex) is { } slot:
                slot.Text.Append(delta.Delta);
                break;
            case ResponseCustomToolCallInputDeltaEvent delta when TrackedSlot(delta.OutputIndex) is { } slot:
                slot.Text.Append(delta.Delta);
                break;
            case ResponseShellCallCommandAddedEvent commandAdded when TrackedSlot(commandAdded.OutputIndex) is { } slot:
                SetCommand(slot, commandAdded.CommandIndex, commandAdded.Command ?? string.Empty);
                break;
            case ResponseShellCallCommandDeltaEvent delta when TrackedSlot(delta.OutputIndex) is { } slot:
                SetCommand(slot, delta.CommandIndex, (slot.Commands is { } commands && delta.CommandIndex < commands.Count ? commands[delta.CommandIndex] : string.Empty) + delta.Delta);
                break;
            case ResponseShellCallCommandDoneEvent commandDone when TrackedSlot(commandDone.OutputIndex) is { } slot:
                SetCommand(slot, commandDone.CommandIndex, commandDone.Command ?? string.Empty);
                break;
            case ResponseReasoningSummaryPartAddedEvent summaryAdded when TrackedSlot(summaryAdded.OutputIndex) is { Item: ReasoningItem reasoning } slot:
                var summary = new SummaryTextPart { Text = string.Empty };
                reasoning.Summary.Add(summary);
                slot.OpenSummaryPart = summary;
                slot.OpenSummaryIndex = summaryAdded.SummaryIndex;
                slot.SummaryText.Clear();
                break;
            case ResponseReasoningSummaryTextDeltaEvent delta when TrackedSlot(delta.OutputIndex) is { } slot:
                slot.SummaryText.Append(delta.Delta);
                break;
            case ResponseReasoningSummaryPartDoneEvent summaryDone when TrackedSlot(summaryDone.OutputIndex) is { Item: ReasoningItem reasoning } slot:
                if (slot.OpenSummaryPart is SummaryTextPart open)
                {
                    open.Text = slot.SummaryText.ToString();
                }

                slot.OpenSummaryPart = null;
                slot.OpenSummaryIndex = -1;
                slot.SummaryText.Clear();
                break;
            case ResponseContentPartDoneEvent { Part: { } part } partDone when TrackedSlot(partDone.OutputIndex) is { Item: MessageItem or ReasoningItem } slot:
                IList<ContentPart> doneParts = PartsOf(slot);
                if (partDone.ContentIndex < doneParts.Count)
                {
                    doneParts[partDone.ContentIndex] = part;
                }

                slot.OpenPart = null;
                slot.OpenPartIndex = -1;
                slot.Text.Clear();
                break;
            case ResponseOutputItemDoneEvent { Item: { } item } done when TrackedSlot(done.OutputIndex) is { } slot:
                slot.Item = item;
                slot.IsDone = true;
                Response.Output[slot.Position] = item;
                break;
            case ResponseCompletedEvent or ResponseFailedEvent or ResponseIncompleteEvent:
                IsFinished = true;
                break;
        }
    }

    private static void SetCommand(OutputSlot slot, int index, string command)
    {
        List<string> commands = slot.Commands ??= [];
        while (commands.Count <= index)
        {
            commands.Add(string.Empty);
        }

        commands[index] = command;
    }

    // A forwarded tool call that the upstream never finished (the stream broke): its done item carries what was
    // streamed so far, and a required field that only the finished call would have had is an explicit null.
    // Returns a replacement item when the item had to be rebuilt, otherwise null (the item is updated in place).
    private static ResponseItem? FinishForwardedItem(OutputSlot slot)
    {
        string? streamed = slot.Text.Length > 0 ? slot.Text.ToString() : null;
        switch (slot.Item)
        {
            case CodeInterpreterCallItem call when streamed is not null:
                call.Code = streamed;
                break;
            case McpCallItem call when streamed is not null:
                call.Arguments = streamed;
                break;
            case CustomToolCallItem call when streamed is not null:
                call.Input = streamed;
                break;
            case ShellCallItem call when slot.Commands is { } commands:
                var action = (ShellCallAction?)call.Action?.ShallowClone() ?? new ShellCallAction();
                action.Commands = [.. commands];
                call.Action = action;
                break;
            case ImageGenerationCallItem { Result: null } call:
                // "result" is required but nullable. Setting it in code cannot mark it present on an item read from
                // JSON (it would stay absent), so the item is re-read with an explicit null.
                JsonObject json = JsonNode.Parse(ResponsesJson.Serialize<ResponseItem>(call))!.AsObject();
                json["result"] = null;
                return ResponsesJson.Deserialize<ResponseItem>(json.ToJsonString());
        }

        return null;
    }

    private void Adopt(Response upstream)
    {
        IList<ResponseItem> output = Response.Output;
        Response = (Response)upstream.ShallowClone();
        Response.Output = output;
    }

    private void TrackAdded(int outputIndex, ResponseItem item)
    {
        ResponseItem live = item switch
        {
            MessageItem message => CloneMessage(message),
            ReasoningItem reasoning => CloneReasoning(reasoning),
            _ => (ResponseItem)item.ShallowClone(),
        };

        // Upstream indexes are trusted and kept (the writer's closing events use them too); a gap (an abbreviated or
        // filtered upstream) is tracked at the next position of the output.
        var slot = new OutputSlot(outputIndex, live, _slots.Count);
        _slots.Add(slot);
        Response.Output.Add(live);
        if (outputIndex != slot.Position)
        {
            _indexMap ??= [];
            _indexMap[outputIndex] = slot.Position;
        }
    }

    private static MessageItem CloneMessage(MessageItem message)
    {
        var live = (MessageItem)message.ShallowClone();
        live.Content = new MessageContent(new List<ContentPart>(message.Content?.Parts ?? []));
        return live;
    }

    private static ReasoningItem CloneReasoning(ReasoningItem reasoning)
    {
        var live = (ReasoningItem)reasoning.ShallowClone();
        live.Summary = [.. reasoning.Summary];
        live.Content = reasoning.Content is null ? null : [.. reasoning.Content];
        return live;
    }

    private Dictionary<int, int>? _indexMap;

    private OutputSlot? TrackedSlot(int upstreamIndex)
    {
        int index = _indexMap is not null && _indexMap.TryGetValue(upstreamIndex, out int mapped) ? mapped : upstreamIndex;
        return (uint)index < (uint)_slots.Count && !_slots[index].IsDone ? _slots[index] : null;
    }
}
