namespace Responses;

/// <summary>The captured output of one shell command.</summary>
public sealed class ShellCallOutputContent : WireObject
{
    /// <summary>The captured standard output.</summary>
    public string? Stdout { get; set; }

    /// <summary>The captured standard error.</summary>
    public string? Stderr { get; set; }

    /// <summary>The exit or timeout outcome.</summary>
    public ShellCallOutcome? Outcome { get; set; }

    /// <summary>The identifier of the actor that created the item.</summary>
    public string? CreatedBy { get; set; }
}
