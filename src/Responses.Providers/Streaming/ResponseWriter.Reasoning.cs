namespace Responses.Providers.Streaming;

// Reasoning items: summary parts (summary_text), reasoning content (reasoning_text) and the opaque
// encrypted_content that carries provider state (thinking signatures…) to the next turn.
public sealed partial class ResponseWriter
{
    /// <summary>Begins a reasoning item (<c>response.output_item.added</c> with an empty summary).</summary>
    /// <param name="id">The item id; a new <c>rs_…</c> id when <see langword="null"/>.</param>
    /// <returns>The output index of the item.</returns>
    public int BeginReasoning(string? id = null)
    {
        id ??= ResponseIds.New("rs");
        return AddSlot(new ReasoningItem { Id = id }, new ReasoningItem { Id = id }).OutputIndex;
    }

    /// <summary>
    /// Appends to the reasoning summary (<c>response.reasoning_summary_text.delta</c>), first opening a
    /// <c>summary_text</c> part when none is open.
    /// </summary>
    /// <param name="outputIndex">The reasoning item's output index.</param>
    /// <param name="delta">The summary text to append; an empty delta opens the part without an event.</param>
    public void AppendReasoningSummary(int outputIndex, string delta)
    {
        ArgumentNullException.ThrowIfNull(delta);
        OutputSlot slot = ReasoningSlot(outputIndex, out ReasoningItem reasoning);
        if (slot.OpenSummaryPart is null)
        {
            var live = new SummaryTextPart { Text = string.Empty };
            reasoning.Summary.Add(live);
            slot.OpenSummaryPart = live;
            slot.OpenSummaryIndex = reasoning.Summary.Count - 1;
            slot.SummaryText.Clear();
            Emit(new ResponseReasoningSummaryPartAddedEvent
            {
                ItemId = slot.ItemId,
                OutputIndex = slot.OutputIndex,
                SummaryIndex = slot.OpenSummaryIndex,
                Part = new SummaryTextPart { Text = string.Empty },
            });
        }

        if (delta.Length == 0)
        {
            return;
        }

        slot.SummaryText.Append(delta);
        Emit(new ResponseReasoningSummaryTextDeltaEvent { ItemId = slot.ItemId, OutputIndex = slot.OutputIndex, SummaryIndex = slot.OpenSummaryIndex, Delta = delta });
    }

    /// <summary>Closes the open summary part, if any (<c>response.reasoning_summary_text.done</c> and <c>response.reasoning_summary_part.done</c>).</summary>
    /// <param name="outputIndex">The reasoning item's output index.</param>
    public void EndReasoningSummaryPart(int outputIndex) => CloseSummaryPart(ReasoningSlot(outputIndex, out _));

    /// <summary>
    /// Appends to the raw reasoning content (<c>response.reasoning_text.delta</c>), first opening a
    /// <c>reasoning_text</c> content part when none is open.
    /// </summary>
    /// <param name="outputIndex">The reasoning item's output index.</param>
    /// <param name="delta">The text to append; an empty delta opens the part without an event.</param>
    public void AppendReasoningText(int outputIndex, string delta)
    {
        ArgumentNullException.ThrowIfNull(delta);
        OutputSlot slot = ReasoningSlot(outputIndex, out _);
        if (slot.OpenPart is not ReasoningTextPart)
        {
            OpenPart(slot, new ReasoningTextPart { Text = string.Empty }, new ReasoningTextPart { Text = string.Empty });
        }

        if (delta.Length == 0)
        {
            return;
        }

        slot.Text.Append(delta);
        Emit(new ResponseReasoningTextDeltaEvent { ItemId = slot.ItemId, OutputIndex = slot.OutputIndex, ContentIndex = slot.OpenPartIndex, Delta = delta });
    }

    /// <summary>Sets the opaque <c>encrypted_content</c> of a reasoning item (written with <c>output_item.done</c>).</summary>
    /// <param name="outputIndex">The reasoning item's output index.</param>
    /// <param name="encryptedContent">The provider state to carry to the next turn.</param>
    public void SetEncryptedContent(int outputIndex, string encryptedContent)
    {
        ArgumentNullException.ThrowIfNull(encryptedContent);
        ReasoningSlot(outputIndex, out ReasoningItem reasoning);
        reasoning.EncryptedContent = encryptedContent;
    }

    private OutputSlot ReasoningSlot(int outputIndex, out ReasoningItem reasoning)
    {
        OutputSlot slot = OpenSlot(outputIndex);
        reasoning = slot.Item as ReasoningItem ?? throw new InvalidOperationException($"Output item {outputIndex} is not a reasoning item.");
        return slot;
    }

    private void CloseSummaryPart(OutputSlot slot)
    {
        if (slot.OpenSummaryPart is not SummaryTextPart part)
        {
            return;
        }

        string text = slot.SummaryText.ToString();
        part.Text = text;
        Emit(new ResponseReasoningSummaryTextDoneEvent { ItemId = slot.ItemId, OutputIndex = slot.OutputIndex, SummaryIndex = slot.OpenSummaryIndex, Text = text });
        Emit(new ResponseReasoningSummaryPartDoneEvent { ItemId = slot.ItemId, OutputIndex = slot.OutputIndex, SummaryIndex = slot.OpenSummaryIndex, Part = part });
        slot.OpenSummaryPart = null;
        slot.OpenSummaryIndex = -1;
        slot.SummaryText.Clear();
    }
}
