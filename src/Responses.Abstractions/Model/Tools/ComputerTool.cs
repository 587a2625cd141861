namespace Responses;

/// <summary>The computer use tool: the model operates a computer interface through actions the application performs.</summary>
public sealed class ComputerTool : ResponseTool
{
    /// <summary>Initializes the tool (<c>computer</c>).</summary>
    public ComputerTool()
        : base(ResponseToolTypes.Computer)
    {
    }
}
