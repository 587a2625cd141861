namespace Responses;

/// <summary>The commands and limits of a shell call.</summary>
public sealed class ShellCallAction : WireObject
{
    /// <summary>The shell commands to run, in order.</summary>
    public IList<string> Commands { get; set; } = [];

    /// <summary>The timeout in milliseconds.</summary>
    [WireRequired]
    public int? TimeoutMs { get; set; }

    /// <summary>The maximum output length.</summary>
    [WireRequired]
    public int? MaxOutputLength { get; set; }
}
