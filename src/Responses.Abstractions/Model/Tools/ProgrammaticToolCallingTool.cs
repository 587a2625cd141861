namespace Responses;

/// <summary>Lets the model write code that calls other tools (those that allow the <c>programmatic</c> caller).</summary>
public sealed class ProgrammaticToolCallingTool : ResponseTool
{
    /// <summary>Initializes the tool (<c>programmatic_tool_calling</c>).</summary>
    public ProgrammaticToolCallingTool()
        : base(ResponseToolTypes.ProgrammaticToolCalling)
    {
    }
}
