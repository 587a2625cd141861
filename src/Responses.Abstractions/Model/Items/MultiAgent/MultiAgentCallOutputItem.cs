namespace Responses;

/// <summary>The result of a multi-agent action (multi-agent beta).</summary>
public sealed class MultiAgentCallOutputItem : ResponseItem
{
    /// <summary>Initializes an empty multi-agent call output.</summary>
    public MultiAgentCallOutputItem()
        : base(ResponseItemTypes.MultiAgentCallOutput)
    {
    }

    /// <summary>The ID of the multi-agent call.</summary>
    public string? CallId { get; set; }

    /// <summary>The multi-agent action that produced this result.</summary>
    public MultiAgentAction? Action { get; set; }

    /// <summary>Text output of the action (output text parts).</summary>
    public IList<ContentPart> Output { get; set; } = [];
}
