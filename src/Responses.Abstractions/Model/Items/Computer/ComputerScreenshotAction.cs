namespace Responses;

/// <summary>A request for a screenshot.</summary>
public sealed class ComputerScreenshotAction : ComputerAction
{
    /// <summary>Initializes a screenshot action.</summary>
    public ComputerScreenshotAction()
        : base(ComputerActionTypes.Screenshot)
    {
    }
}
