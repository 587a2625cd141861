namespace Responses;

/// <summary>A combination of keys to press.</summary>
public sealed class ComputerKeyPressAction : ComputerAction
{
    /// <summary>Initializes an empty keypress action.</summary>
    public ComputerKeyPressAction()
        : base(ComputerActionTypes.KeyPress)
    {
    }

    /// <summary>The keys to press together.</summary>
    public IList<string> Keys { get; set; } = [];
}
