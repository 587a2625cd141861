namespace Responses;

/// <summary>A shell call outcome whose type this library does not know; all its properties are kept verbatim.</summary>
public sealed class UnknownShellCallOutcome : ShellCallOutcome
{
    /// <summary>Initializes an empty unknown object (its type is set when read).</summary>
    public UnknownShellCallOutcome()
        : base(string.Empty)
    {
    }
}
