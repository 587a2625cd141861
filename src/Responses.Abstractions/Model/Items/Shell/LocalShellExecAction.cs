namespace Responses;

/// <summary>A command to run on the local shell.</summary>
public sealed class LocalShellExecAction : WireObject
{
    /// <summary>The action type (<c>exec</c>).</summary>
    public string Type { get; set; } = "exec";

    /// <summary>The command and its arguments.</summary>
    public IList<string> Command { get; set; } = [];

    /// <summary>The timeout of the command in milliseconds.</summary>
    public int? TimeoutMs { get; set; }

    /// <summary>The working directory to run the command in.</summary>
    public string? WorkingDirectory { get; set; }

    /// <summary>Environment variables to set for the command.</summary>
    public IDictionary<string, string> Env { get; set; } = new Dictionary<string, string>();

    /// <summary>The user to run the command as.</summary>
    public string? User { get; set; }
}
