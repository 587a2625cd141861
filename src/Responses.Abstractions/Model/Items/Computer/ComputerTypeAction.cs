namespace Responses;

/// <summary>Text to type.</summary>
public sealed class ComputerTypeAction : ComputerAction
{
    /// <summary>Initializes an empty type action.</summary>
    public ComputerTypeAction()
        : base(ComputerActionTypes.Type)
    {
    }

    /// <summary>The text to type.</summary>
    public string? Text { get; set; }
}
