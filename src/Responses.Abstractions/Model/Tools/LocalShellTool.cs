namespace Responses;

/// <summary>Lets the model run shell commands on the application's machine (legacy; see <see cref="ShellTool"/>).</summary>
public sealed class LocalShellTool : ResponseTool
{
    /// <summary>Initializes the tool (<c>local_shell</c>).</summary>
    public LocalShellTool()
        : base(ResponseToolTypes.LocalShell)
    {
    }
}
