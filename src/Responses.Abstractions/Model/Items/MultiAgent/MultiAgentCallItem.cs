namespace Responses;

/// <summary>A multi-agent action requested by the model (multi-agent beta).</summary>
public sealed class MultiAgentCallItem : ResponseItem
{
    /// <summary>Initializes an empty multi-agent call.</summary>
    public MultiAgentCallItem()
        : base(ResponseItemTypes.MultiAgentCall)
    {
    }

    /// <summary>The ID linking this call to its output.</summary>
    public string? CallId { get; set; }

    /// <summary>The multi-agent action to execute.</summary>
    public MultiAgentAction? Action { get; set; }

    /// <summary>The JSON string of arguments for the action.</summary>
    public string? Arguments { get; set; }
}
