namespace Responses;

/// <summary>A mouse drag along a path.</summary>
public sealed class ComputerDragAction : ComputerAction
{
    /// <summary>Initializes an empty drag action.</summary>
    public ComputerDragAction()
        : base(ComputerActionTypes.Drag)
    {
    }

    /// <summary>The coordinates of the drag path.</summary>
    public IList<ComputerCoordinate> Path { get; set; } = [];

    /// <summary>The keys held down during the action.</summary>
    public IList<string>? Keys { get; set; }
}
