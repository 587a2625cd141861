namespace Responses;

/// <summary>A computer action whose type this library does not know; all its properties are kept verbatim.</summary>
public sealed class UnknownComputerAction : ComputerAction
{
    /// <summary>Initializes an empty unknown object (its type is set when read).</summary>
    public UnknownComputerAction()
        : base(string.Empty)
    {
    }
}
