namespace Responses;

/// <summary>A delta of stdout/stderr emitted while a shell call runs.</summary>
public sealed class ShellCallOutputDelta : WireObject
{
    /// <summary>The stdout delta.</summary>
    public string? Stdout { get; set; }

    /// <summary>The stderr delta.</summary>
    public string? Stderr { get; set; }
}
