namespace Responses;

/// <summary>A shell environment whose type this library does not know; all its properties are kept verbatim.</summary>
public sealed class UnknownShellToolEnvironment : ShellToolEnvironment
{
    /// <summary>Initializes an empty unknown object (its type is set when read).</summary>
    public UnknownShellToolEnvironment()
        : base(string.Empty)
    {
    }
}
