namespace Responses;

/// <summary>A mouse move.</summary>
public sealed class ComputerMoveAction : ComputerAction
{
    /// <summary>Initializes an empty move action.</summary>
    public ComputerMoveAction()
        : base(ComputerActionTypes.Move)
    {
    }

    /// <summary>The x-coordinate to move to.</summary>
    public int X { get; set; }

    /// <summary>The y-coordinate to move to.</summary>
    public int Y { get; set; }

    /// <summary>The keys held down during the action.</summary>
    public IList<string>? Keys { get; set; }
}
