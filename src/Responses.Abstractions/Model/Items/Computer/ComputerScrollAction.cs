namespace Responses;

/// <summary>A scroll at a position.</summary>
public sealed class ComputerScrollAction : ComputerAction
{
    /// <summary>Initializes an empty scroll action.</summary>
    public ComputerScrollAction()
        : base(ComputerActionTypes.Scroll)
    {
    }

    /// <summary>The x-coordinate of the scroll.</summary>
    public int X { get; set; }

    /// <summary>The y-coordinate of the scroll.</summary>
    public int Y { get; set; }

    /// <summary>The horizontal scroll distance.</summary>
    public int ScrollX { get; set; }

    /// <summary>The vertical scroll distance.</summary>
    public int ScrollY { get; set; }

    /// <summary>The keys held down during the action.</summary>
    public IList<string>? Keys { get; set; }
}
