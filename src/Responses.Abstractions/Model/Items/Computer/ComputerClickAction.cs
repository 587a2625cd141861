namespace Responses;

/// <summary>A mouse click.</summary>
public sealed class ComputerClickAction : ComputerAction
{
    /// <summary>Initializes an empty click action.</summary>
    public ComputerClickAction()
        : base(ComputerActionTypes.Click)
    {
    }

    /// <summary>The mouse button: <c>left</c>, <c>right</c>, <c>wheel</c>, <c>back</c> or <c>forward</c>.</summary>
    public ComputerMouseButton? Button { get; set; }

    /// <summary>The x-coordinate of the click.</summary>
    public int X { get; set; }

    /// <summary>The y-coordinate of the click.</summary>
    public int Y { get; set; }

    /// <summary>The keys held down during the action.</summary>
    public IList<string>? Keys { get; set; }
}
