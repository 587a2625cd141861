namespace Responses.Providers.Streaming;

// Output items: messages (text, refusal, annotations), function calls, and items of any other type.
public sealed partial class ResponseWriter
{
    /// <summary>Begins an assistant message (<c>response.output_item.added</c>).</summary>
    /// <param name="id">The item id; a new <c>msg_…</c> id when <see langword="null"/>.</param>
    /// <param name="phase">The message phase (<c>commentary</c> or <c>final_answer</c>), if the provider reports one.</param>
    /// <returns>The output index of the message.</returns>
    public int BeginMessage(string? id = null, MessagePhase? phase = null)
    {
        id ??= ResponseIds.New("msg");
        var live = new MessageItem { Id = id, Role = MessageRole.Assistant, Status = ItemStatus.InProgress, Content = new List<ContentPart>(), Phase = phase };
        var added = new MessageItem { Id = id, Role = MessageRole.Assistant, Status = ItemStatus.InProgress, Content = new List<ContentPart>(), Phase = phase };
        return AddSlot(live, added).OutputIndex;
    }

    /// <summary>
    /// Appends text to a message (<c>response.output_text.delta</c>), first opening an <c>output_text</c>
    /// part (closing any other open part) when none is open.
    /// </summary>
    /// <param name="outputIndex">The message's output index.</param>
    /// <param name="delta">The text to append; an empty delta opens the part without an event.</param>
    /// <param name="logprobs">Log probabilities of the delta's tokens, if any.</param>
    public void AppendOutputText(int outputIndex, string delta, IList<LogProb>? logprobs = null)
    {
        ArgumentNullException.ThrowIfNull(delta);
        OutputSlot slot = MessageSlot(outputIndex);
        if (slot.OpenPart is not OutputTextPart part)
        {
            // OpenAI's output_text always carries "logprobs" (empty unless requested); the spec requires it.
            part = (OutputTextPart)OpenPart(slot, new OutputTextPart { Text = string.Empty, Logprobs = [] }, new OutputTextPart { Text = string.Empty, Logprobs = [] });
        }

        if (logprobs is { Count: > 0 })
        {
            part.Logprobs ??= [];
            foreach (LogProb logprob in logprobs)
            {
                part.Logprobs.Add(logprob);
            }
        }

        if (delta.Length == 0)
        {
            return;
        }

        slot.Text.Append(delta);
        Emit(new ResponseOutputTextDeltaEvent
        {
            ItemId = slot.ItemId,
            OutputIndex = slot.OutputIndex,
            ContentIndex = slot.OpenPartIndex,
            Delta = delta,
            Logprobs = logprobs ?? [],
        });
    }

    /// <summary>Adds an annotation to the open <c>output_text</c> part (<c>response.output_text.annotation.added</c>).</summary>
    /// <param name="outputIndex">The message's output index.</param>
    /// <param name="annotation">The annotation.</param>
    public void AddAnnotation(int outputIndex, Annotation annotation)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        OutputSlot slot = MessageSlot(outputIndex);
        if (slot.OpenPart is not OutputTextPart part)
        {
            throw new InvalidOperationException("An annotation needs an open output_text part.");
        }

        part.Annotations ??= [];
        part.Annotations.Add(annotation);
        Emit(new ResponseOutputTextAnnotationAddedEvent
        {
            ItemId = slot.ItemId,
            OutputIndex = slot.OutputIndex,
            ContentIndex = slot.OpenPartIndex,
            AnnotationIndex = part.Annotations.Count - 1,
            Annotation = annotation,
        });
    }

    /// <summary>
    /// Appends to a refusal (<c>response.refusal.delta</c>), first opening a <c>refusal</c> part (closing any
    /// other open part) when none is open.
    /// </summary>
    /// <param name="outputIndex">The message's output index.</param>
    /// <param name="delta">The refusal text to append; an empty delta opens the part without an event.</param>
    public void AppendRefusal(int outputIndex, string delta)
    {
        ArgumentNullException.ThrowIfNull(delta);
        OutputSlot slot = MessageSlot(outputIndex);
        if (slot.OpenPart is not RefusalPart)
        {
            OpenPart(slot, new RefusalPart { Refusal = string.Empty }, new RefusalPart { Refusal = string.Empty });
        }

        if (delta.Length == 0)
        {
            return;
        }

        slot.Text.Append(delta);
        Emit(new ResponseRefusalDeltaEvent { ItemId = slot.ItemId, OutputIndex = slot.OutputIndex, ContentIndex = slot.OpenPartIndex, Delta = delta });
    }

    /// <summary>Closes the open content part of a message, if any (<c>*.done</c> and <c>response.content_part.done</c>).</summary>
    /// <param name="outputIndex">The message's output index.</param>
    public void EndContentPart(int outputIndex) => ClosePart(MessageSlot(outputIndex));

    /// <summary>Begins a function call (<c>response.output_item.added</c> with empty arguments).</summary>
    /// <param name="callId">The call id the function's output will refer to.</param>
    /// <param name="name">The function name.</param>
    /// <param name="id">The item id; a new <c>fc_…</c> id when <see langword="null"/>.</param>
    /// <param name="functionNamespace">The function's namespace, for namespaced tools.</param>
    /// <returns>The output index of the call.</returns>
    public int BeginFunctionCall(string callId, string name, string? id = null, string? functionNamespace = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(callId);
        ArgumentException.ThrowIfNullOrEmpty(name);
        id ??= ResponseIds.New("fc");
        var live = new FunctionCallItem { Id = id, CallId = callId, Name = name, Namespace = functionNamespace, Arguments = string.Empty, Status = ItemStatus.InProgress };
        var added = new FunctionCallItem { Id = id, CallId = callId, Name = name, Namespace = functionNamespace, Arguments = string.Empty, Status = ItemStatus.InProgress };
        return AddSlot(live, added).OutputIndex;
    }

    /// <summary>Appends to a function call's arguments (<c>response.function_call_arguments.delta</c>).</summary>
    /// <param name="outputIndex">The call's output index.</param>
    /// <param name="delta">The JSON text to append; empty deltas write nothing.</param>
    public void AppendFunctionArguments(int outputIndex, string delta)
    {
        ArgumentNullException.ThrowIfNull(delta);
        OutputSlot slot = OpenSlot(outputIndex);
        if (slot.Item is not FunctionCallItem)
        {
            throw new InvalidOperationException($"Output item {outputIndex} is not a function call.");
        }

        if (delta.Length == 0)
        {
            return;
        }

        slot.Text.Append(delta);
        Emit(new ResponseFunctionCallArgumentsDeltaEvent { ItemId = slot.ItemId, OutputIndex = slot.OutputIndex, Delta = delta });
    }

    /// <summary>Adds a finished item of any type (<c>response.output_item.added</c> then <c>response.output_item.done</c>).</summary>
    /// <param name="item">The item, with its id set.</param>
    /// <returns>The item's output index.</returns>
    public int AddItem(ResponseItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        OutputSlot slot = AddSlot(item, item);
        CloseSlot(slot, null, null);
        return slot.OutputIndex;
    }

    /// <summary>
    /// Begins an item of any type whose progress the provider reports with its own events (see
    /// <see cref="WriteEvent"/>); end it with <see cref="EndItem"/>.
    /// </summary>
    /// <param name="item">The item as it is now (written in <c>response.output_item.added</c>).</param>
    /// <returns>The item's output index.</returns>
    public int BeginItem(ResponseItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return AddSlot((ResponseItem)item.ShallowClone(), item).OutputIndex;
    }

    /// <summary>
    /// Ends an item: closes its open part, finishes its text or arguments, and writes
    /// <c>response.output_item.done</c>.
    /// </summary>
    /// <param name="outputIndex">The item's output index.</param>
    /// <param name="finalItem">The finished item, for items begun with <see cref="BeginItem"/>; <see langword="null"/> to keep the writer's.</param>
    /// <param name="status">The final status (default <c>completed</c>).</param>
    public void EndItem(int outputIndex, ResponseItem? finalItem = null, ItemStatus? status = null)
    {
        OutputSlot slot = OpenSlot(outputIndex);
        CloseSlot(slot, status ?? ItemStatus.Completed, finalItem);
    }

    private static IList<ContentPart> PartsOf(OutputSlot slot) => slot.Item switch
    {
        MessageItem message => message.Content!.Parts!,
        ReasoningItem reasoning => reasoning.Content ??= [],
        _ => throw new InvalidOperationException($"Output item {slot.OutputIndex} has no content parts."),
    };

    private OutputSlot MessageSlot(int outputIndex)
    {
        OutputSlot slot = OpenSlot(outputIndex);
        return slot.Item is MessageItem ? slot : throw new InvalidOperationException($"Output item {outputIndex} is not a message.");
    }

    private ContentPart OpenPart(OutputSlot slot, ContentPart live, ContentPart added)
    {
        ClosePart(slot);
        IList<ContentPart> parts = PartsOf(slot);
        parts.Add(live);
        slot.OpenPart = live;
        slot.OpenPartIndex = parts.Count - 1;
        slot.Text.Clear();
        Emit(new ResponseContentPartAddedEvent { ItemId = slot.ItemId, OutputIndex = slot.OutputIndex, ContentIndex = slot.OpenPartIndex, Part = added });
        return live;
    }

    private void ClosePart(OutputSlot slot)
    {
        if (slot.OpenPart is null)
        {
            return;
        }

        string text = slot.Text.ToString();
        switch (slot.OpenPart)
        {
            case OutputTextPart part:
                part.Text = text;
                Emit(new ResponseOutputTextDoneEvent
                {
                    ItemId = slot.ItemId,
                    OutputIndex = slot.OutputIndex,
                    ContentIndex = slot.OpenPartIndex,
                    Text = text,
                    Logprobs = part.Logprobs ?? [],
                });
                break;
            case RefusalPart part:
                part.Refusal = text;
                Emit(new ResponseRefusalDoneEvent { ItemId = slot.ItemId, OutputIndex = slot.OutputIndex, ContentIndex = slot.OpenPartIndex, Refusal = text });
                break;
            case ReasoningTextPart part:
                part.Text = text;
                Emit(new ResponseReasoningTextDoneEvent { ItemId = slot.ItemId, OutputIndex = slot.OutputIndex, ContentIndex = slot.OpenPartIndex, Text = text });
                break;
            default:
                throw new InvalidOperationException($"Unexpected open part {slot.OpenPart.Type}.");
        }

        Emit(new ResponseContentPartDoneEvent { ItemId = slot.ItemId, OutputIndex = slot.OutputIndex, ContentIndex = slot.OpenPartIndex, Part = slot.OpenPart });
        slot.OpenPart = null;
        slot.OpenPartIndex = -1;
        slot.Text.Clear();
    }

    private void CloseSlot(OutputSlot slot, ItemStatus? status, ResponseItem? replacement)
    {
        switch (slot.Item)
        {
            case MessageItem message:
                ClosePart(slot);
                message.Status = status ?? message.Status;
                break;
            case FunctionCallItem call:
                call.Arguments = slot.Text.ToString();
                call.Status = status ?? call.Status;
                Emit(new ResponseFunctionCallArgumentsDoneEvent { ItemId = slot.ItemId, OutputIndex = slot.OutputIndex, Name = call.Name, Arguments = call.Arguments });
                break;
            case ReasoningItem reasoning:
                CloseSummaryPart(slot);
                ClosePart(slot);
                reasoning.Status = reasoning.Status is null ? null : status ?? reasoning.Status;
                break;
            default:
                // Items begun with BeginItem are finished by the provider (see EndItem's finalItem); forwarded
                // tool calls get what was streamed of them.
                if (replacement is null && status == ItemStatus.Incomplete)
                {
                    replacement = FinishForwardedItem(slot);
                }

                break;
        }

        if (replacement is not null)
        {
            slot.Item = replacement;
            Response.Output[slot.Position] = replacement;
        }

        slot.IsDone = true;
        Emit(new ResponseOutputItemDoneEvent { OutputIndex = slot.OutputIndex, Item = slot.Item });
    }
}
