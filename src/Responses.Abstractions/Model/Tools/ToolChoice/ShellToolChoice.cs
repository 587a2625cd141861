namespace Responses;

/// <summary>Forces a call of the shell tool.</summary>
public sealed class ShellToolChoice : ToolChoiceObject
{
    /// <summary>Initializes the choice (<c>shell</c>).</summary>
    public ShellToolChoice()
        : base(ToolChoiceObjectTypes.Shell)
    {
    }
}
