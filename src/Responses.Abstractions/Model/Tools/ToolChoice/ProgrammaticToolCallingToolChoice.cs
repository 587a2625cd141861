namespace Responses;

/// <summary>Forces the use of programmatic tool calling.</summary>
public sealed class ProgrammaticToolCallingToolChoice : ToolChoiceObject
{
    /// <summary>Initializes the choice (<c>programmatic_tool_calling</c>).</summary>
    public ProgrammaticToolCallingToolChoice()
        : base(ToolChoiceObjectTypes.ProgrammaticToolCalling)
    {
    }
}
