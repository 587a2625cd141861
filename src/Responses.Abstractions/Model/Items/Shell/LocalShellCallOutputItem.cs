namespace Responses;

/// <summary>The output of a local shell call.</summary>
public sealed class LocalShellCallOutputItem : ResponseItem
{
    /// <summary>Initializes an empty local shell call output.</summary>
    public LocalShellCallOutputItem()
        : base(ResponseItemTypes.LocalShellCallOutput)
    {
    }

    /// <summary>A JSON string of the output of the local shell call.</summary>
    public string? Output { get; set; }

    /// <summary>The status of the item.</summary>
    public ItemStatus? Status { get; set; }
}
