namespace Responses;

/// <summary>The chain of thought of a reasoning model: summary parts, optional reasoning text and encrypted content to pass back on later turns.</summary>
public sealed class ReasoningItem : ResponseItem
{
    /// <summary>Initializes an empty reasoning item.</summary>
    public ReasoningItem()
        : base(ResponseItemTypes.Reasoning)
    {
    }

    /// <summary>The encrypted content of the reasoning item, when requested with <c>include</c>.</summary>
    public string? EncryptedContent { get; set; }

    /// <summary>Reasoning summary parts (usually <see cref="SummaryTextPart"/>).</summary>
    public IList<ContentPart> Summary { get; set; } = [];

    /// <summary>Reasoning text parts (usually <see cref="ReasoningTextPart"/>).</summary>
    public IList<ContentPart>? Content { get; set; }

    /// <summary>The status of the item.</summary>
    public ItemStatus? Status { get; set; }
}
