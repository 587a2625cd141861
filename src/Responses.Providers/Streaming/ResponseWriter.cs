namespace Responses.Providers.Streaming;

/// <summary>
/// The one place where a response's event stream is made. Provider event mappers make semantic calls
/// (begin a message, append text, begin a function call, append arguments, complete, fail…) and the writer
/// turns them into spec-exact events: <c>sequence_number</c> from 0, <c>output_index</c> in order, stable
/// item ids, <c>added</c>/<c>delta</c>/<c>done</c> pairs, content parts opened and closed, and exactly one
/// terminal event whose response holds exactly the streamed items. Non-streaming calls make the same calls
/// and read <see cref="Response"/>, so streaming and non-streaming results cannot disagree.
/// </summary>
/// <remarks>Not thread-safe: one writer serves one response, fed by one mapper.</remarks>
public sealed partial class ResponseWriter
{
    private readonly Queue<ResponseStreamEvent>? _pending;
    private readonly List<OutputSlot> _slots = [];
    private int _sequenceNumber;

    /// <summary>Initializes a writer for a response.</summary>
    /// <param name="response">
    /// The response to fill: its id, model, creation time and echoed request fields are set by the caller
    /// (a missing id gets a new <c>resp_…</c> id). Its status and output are managed by the writer.
    /// </param>
    /// <param name="emitEvents">Whether to produce events (streaming) or only build the response (non-streaming).</param>
    public ResponseWriter(Response response, bool emitEvents = true)
    {
        ArgumentNullException.ThrowIfNull(response);
        Response = response;
        Response.Id ??= ResponseIds.New("resp");
        if (Response.CreatedAt == 0)
        {
            Response.CreatedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        }

        Response.Status = ResponseStatus.InProgress;
        Response.Output = [];
        _pending = emitEvents ? new Queue<ResponseStreamEvent>() : null;
    }

    /// <summary>The response being written; final once <see cref="IsFinished"/>.</summary>
    public Response Response { get; private set; }

    /// <summary>Whether <c>response.created</c> has been written.</summary>
    public bool IsStarted { get; private set; }

    /// <summary>Whether the terminal event has been written.</summary>
    public bool IsFinished { get; private set; }

    /// <summary>The number of output items begun so far.</summary>
    public int OutputCount => _slots.Count;

    /// <summary>Whether any output item is still open.</summary>
    public bool HasOpenItems => _slots.Exists(s => !s.IsDone);

    /// <summary>Takes the next event to send, if any.</summary>
    /// <param name="streamEvent">The event.</param>
    /// <returns><see langword="true"/> when an event was taken.</returns>
    public bool TryTakeEvent(out ResponseStreamEvent streamEvent)
    {
        if (_pending is not null && _pending.TryDequeue(out ResponseStreamEvent? next))
        {
            streamEvent = next;
            return true;
        }

        streamEvent = null!;
        return false;
    }

    /// <summary>Takes every event written since the last call, in order.</summary>
    /// <returns>The events (empty when none, or when the writer does not emit events).</returns>
    public IReadOnlyList<ResponseStreamEvent> TakeEvents()
    {
        if (_pending is null || _pending.Count == 0)
        {
            return [];
        }

        ResponseStreamEvent[] events = _pending.ToArray();
        _pending.Clear();
        return events;
    }

    /// <summary>Writes <c>response.created</c> and <c>response.in_progress</c>; every other call does this first if needed.</summary>
    public void Start()
    {
        if (IsStarted)
        {
            return;
        }

        IsStarted = true;
        Emit(new ResponseCreatedEvent { Response = Snapshot() });
        Emit(new ResponseInProgressEvent { Response = Snapshot() });
    }

    /// <summary>Records token usage (reported on the terminal response).</summary>
    /// <param name="usage">The usage.</param>
    public void SetUsage(ResponseUsage usage)
    {
        ArgumentNullException.ThrowIfNull(usage);
        Response.Usage = usage;
    }

    /// <summary>Closes every open item as completed and writes <c>response.completed</c>.</summary>
    public void Complete()
    {
        EnsureWritable();
        CloseOpenItems(ItemStatus.Completed);
        Response.Status = ResponseStatus.Completed;
        Response.CompletedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Finish(new ResponseCompletedEvent { Response = Response });
    }

    /// <summary>Closes every open item as incomplete and writes <c>response.incomplete</c>.</summary>
    /// <param name="reason">The reason, for example <c>max_output_tokens</c> or <c>content_filter</c>.</param>
    public void Incomplete(string reason)
    {
        EnsureWritable();
        CloseOpenItems(ItemStatus.Incomplete);
        Response.Status = ResponseStatus.Incomplete;
        Response.IncompleteDetails = new IncompleteDetails { Reason = reason };
        Finish(new ResponseIncompleteEvent { Response = Response });
    }

    /// <summary>Closes every open item as incomplete and writes <c>response.failed</c> with the error.</summary>
    /// <param name="code">The error code, for example <c>server_error</c> or <c>rate_limit_exceeded</c>.</param>
    /// <param name="message">A human-readable description.</param>
    public void Fail(string code, string message)
    {
        EnsureWritable();
        CloseOpenItems(ItemStatus.Incomplete);
        Response.Status = ResponseStatus.Failed;
        Response.Error = new ResponseError { Code = code, Message = message };
        Finish(new ResponseFailedEvent { Response = Response });
    }

    /// <summary>Writes a provider-specific event about an open item (for example <c>response.web_search_call.searching</c>); the writer numbers it.</summary>
    /// <param name="streamEvent">The event.</param>
    public void WriteEvent(ResponseStreamEvent streamEvent)
    {
        ArgumentNullException.ThrowIfNull(streamEvent);
        EnsureWritable();
        Emit(streamEvent);
    }

    private void Finish(ResponseStreamEvent terminal)
    {
        Emit(terminal);
        IsFinished = true;
    }

    private void EnsureWritable()
    {
        if (IsFinished)
        {
            throw new InvalidOperationException("The response is already finished.");
        }

        Start();
    }

    private void Emit(ResponseStreamEvent streamEvent)
    {
        if (_pending is null)
        {
            return;
        }

        streamEvent.SequenceNumber = _sequenceNumber++;
        _pending.Enqueue(streamEvent);
    }

    // The response as it is now, detached from later changes (events may be serialized later).
    private Response Snapshot()
    {
        var copy = (Response)Response.ShallowClone();
        copy.Output = [.. Response.Output];
        return copy;
    }

    private OutputSlot AddSlot(ResponseItem live, ResponseItem added)
    {
        EnsureWritable();
        var slot = new OutputSlot(_slots.Count, live);
        _slots.Add(slot);
        Response.Output.Add(live);
        Emit(new ResponseOutputItemAddedEvent { OutputIndex = slot.OutputIndex, Item = added });
        return slot;
    }

    private OutputSlot OpenSlot(int outputIndex)
    {
        EnsureWritable();
        if ((uint)outputIndex >= (uint)_slots.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(outputIndex), outputIndex, "No output item has this index.");
        }

        OutputSlot slot = _slots[outputIndex];
        if (slot.IsDone)
        {
            throw new InvalidOperationException($"Output item {outputIndex} is already done.");
        }

        return slot;
    }

    private void CloseOpenItems(ItemStatus status)
    {
        foreach (OutputSlot slot in _slots)
        {
            if (!slot.IsDone)
            {
                CloseSlot(slot, status, replacement: null);
            }
        }
    }
}
