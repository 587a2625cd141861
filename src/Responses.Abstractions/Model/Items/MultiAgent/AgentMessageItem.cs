namespace Responses;

/// <summary>A message routed between agents (multi-agent beta).</summary>
public sealed class AgentMessageItem : ResponseItem
{
    /// <summary>Initializes an empty agent message.</summary>
    public AgentMessageItem()
        : base(ResponseItemTypes.AgentMessage)
    {
    }

    /// <summary>The sending agent identity.</summary>
    public string? Author { get; set; }

    /// <summary>The destination agent identity.</summary>
    public string? Recipient { get; set; }

    /// <summary>The content: text, image or encrypted content parts.</summary>
    public IList<ContentPart> Content { get; set; } = [];
}
