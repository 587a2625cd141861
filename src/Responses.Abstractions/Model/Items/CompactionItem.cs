namespace Responses;

/// <summary>A compaction item: the encrypted summary of earlier context produced by compaction.</summary>
public sealed class CompactionItem : ResponseItem
{
    /// <summary>Initializes an empty compaction item.</summary>
    public CompactionItem()
        : base(ResponseItemTypes.Compaction)
    {
    }

    /// <summary>The encrypted content produced by compaction.</summary>
    public string? EncryptedContent { get; set; }

    /// <summary>The identifier of the actor that created the item.</summary>
    public string? CreatedBy { get; set; }
}
