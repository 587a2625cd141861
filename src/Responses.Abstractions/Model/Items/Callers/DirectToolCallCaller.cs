namespace Responses;

/// <summary>A tool call made directly by the model.</summary>
public sealed class DirectToolCallCaller : ToolCallCaller
{
    /// <summary>Initializes a direct caller.</summary>
    public DirectToolCallCaller()
        : base(ToolCallCallerTypes.Direct)
    {
    }
}
