namespace Responses;

/// <summary>A mouse double click.</summary>
public sealed class ComputerDoubleClickAction : ComputerAction
{
    /// <summary>Initializes an empty double click action.</summary>
    public ComputerDoubleClickAction()
        : base(ComputerActionTypes.DoubleClick)
    {
    }

    /// <summary>The x-coordinate of the double click.</summary>
    public int X { get; set; }

    /// <summary>The y-coordinate of the double click.</summary>
    public int Y { get; set; }

    /// <summary>The keys held down during the double click.</summary>
    [WireRequired]
    public IList<string>? Keys { get; set; }
}
