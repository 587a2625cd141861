namespace Responses;

/// <summary>Lets the model run shell commands in a hosted container or locally.</summary>
public sealed class ShellTool : ResponseTool
{
    /// <summary>Initializes the tool (<c>shell</c>).</summary>
    public ShellTool()
        : base(ResponseToolTypes.Shell)
    {
    }

    /// <summary>Where the commands run: a new container, an existing container or the local machine.</summary>
    public ShellToolEnvironment? Environment { get; set; }

    /// <summary>Who may call the tool: <c>direct</c> (the model) and/or <c>programmatic</c> (code run by programmatic tool calling).</summary>
    public IList<string>? AllowedCallers { get; set; }
}
