namespace Responses;

/// <summary>A tool call caller whose type this library does not know; all its properties are kept verbatim.</summary>
public sealed class UnknownToolCallCaller : ToolCallCaller
{
    /// <summary>Initializes an empty unknown object (its type is set when read).</summary>
    public UnknownToolCallCaller()
        : base(string.Empty)
    {
    }
}
