namespace Responses;

/// <summary>The output of a computer call: a screenshot after the action.</summary>
public sealed class ComputerCallOutputItem : ResponseItem
{
    /// <summary>Initializes an empty computer call output.</summary>
    public ComputerCallOutputItem()
        : base(ResponseItemTypes.ComputerCallOutput)
    {
    }

    /// <summary>The ID of the computer call this output answers.</summary>
    public string? CallId { get; set; }

    /// <summary>The screenshot.</summary>
    public ComputerScreenshotImage? Output { get; set; }

    /// <summary>The safety checks reported by the API that the developer acknowledged.</summary>
    public IList<ComputerSafetyCheck>? AcknowledgedSafetyChecks { get; set; }

    /// <summary>The status of the item.</summary>
    public ItemStatus? Status { get; set; }

    /// <summary>The identifier of the actor that created the item.</summary>
    public string? CreatedBy { get; set; }
}
