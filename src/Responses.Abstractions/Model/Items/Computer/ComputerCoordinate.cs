namespace Responses;

/// <summary>An x/y coordinate pair of a drag path.</summary>
public sealed class ComputerCoordinate : WireObject
{
    /// <summary>Initializes an empty coordinate.</summary>
    public ComputerCoordinate()
    {
    }

    /// <summary>Initializes a coordinate.</summary>
    /// <param name="x">The x-coordinate.</param>
    /// <param name="y">The y-coordinate.</param>
    public ComputerCoordinate(int x, int y)
    {
        X = x;
        Y = y;
    }

    /// <summary>The x-coordinate.</summary>
    public int X { get; set; }

    /// <summary>The y-coordinate.</summary>
    public int Y { get; set; }
}
