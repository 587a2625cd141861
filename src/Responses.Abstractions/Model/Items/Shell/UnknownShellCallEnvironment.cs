namespace Responses;

/// <summary>A shell call environment whose type this library does not know; all its properties are kept verbatim.</summary>
public sealed class UnknownShellCallEnvironment : ShellCallEnvironment
{
    /// <summary>Initializes an empty unknown object (its type is set when read).</summary>
    public UnknownShellCallEnvironment()
        : base(string.Empty)
    {
    }
}
