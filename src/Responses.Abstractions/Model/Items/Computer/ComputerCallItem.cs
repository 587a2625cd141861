namespace Responses;

/// <summary>A call to the computer use tool: the action(s) the model wants performed.</summary>
public sealed class ComputerCallItem : ResponseItem
{
    /// <summary>Initializes an empty computer call.</summary>
    public ComputerCallItem()
        : base(ResponseItemTypes.ComputerCall)
    {
    }

    /// <summary>The ID used when responding to the call with a <c>computer_call_output</c>.</summary>
    public string? CallId { get; set; }

    /// <summary>The action to perform.</summary>
    public ComputerAction? Action { get; set; }

    /// <summary>Batched actions to perform in order (<c>computer_use</c>).</summary>
    public IList<ComputerAction>? Actions { get; set; }

    /// <summary>The pending safety checks for the call.</summary>
    public IList<ComputerSafetyCheck> PendingSafetyChecks { get; set; } = [];

    /// <summary>The status of the item.</summary>
    public ItemStatus? Status { get; set; }
}
