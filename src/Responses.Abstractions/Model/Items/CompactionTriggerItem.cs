namespace Responses;

/// <summary>An input item that compacts the current context; must be the final input item.</summary>
public sealed class CompactionTriggerItem : ResponseItem
{
    /// <summary>Initializes a compaction trigger.</summary>
    public CompactionTriggerItem()
        : base(ResponseItemTypes.CompactionTrigger)
    {
    }
}
