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
                Response.Output[slot.OutputIndex] = item;
                break;
            case ResponseCompletedEvent or ResponseFailedEvent or ResponseIncompleteEvent:
                IsFinished = true;
                break;
        }
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

        // Upstream indexes are trusted; a gap (never seen from real servers) is tracked at the next index.
        var slot = new OutputSlot(_slots.Count, live);
        _slots.Add(slot);
        Response.Output.Add(live);
        if (outputIndex != slot.OutputIndex)
        {
            _indexMap ??= [];
            _indexMap[outputIndex] = slot.OutputIndex;
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
