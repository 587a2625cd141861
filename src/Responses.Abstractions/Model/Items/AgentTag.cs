namespace Responses;

/// <summary>The agent that produced an item (multi-agent beta).</summary>
public sealed class AgentTag : WireObject
{
    /// <summary>The canonical name of the agent.</summary>
    public string? AgentName { get; set; }
}
