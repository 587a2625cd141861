namespace Responses;

/// <summary>A pause.</summary>
public sealed class ComputerWaitAction : ComputerAction
{
    /// <summary>Initializes a wait action.</summary>
    public ComputerWaitAction()
        : base(ComputerActionTypes.Wait)
    {
    }
}
