namespace Responses;

/// <summary>A tool call made by a program item (programmatic tool calling).</summary>
public sealed class ProgramToolCallCaller : ToolCallCaller
{
    /// <summary>Initializes an empty program caller.</summary>
    public ProgramToolCallCaller()
        : base(ToolCallCallerTypes.Program)
    {
    }

    /// <summary>The call ID of the program item that produced this tool call.</summary>
    public string? CallerId { get; set; }
}
