namespace Responses;

/// <summary>Server-hosted multi-agent execution (<c>multi_agent</c>, beta).</summary>
public sealed class MultiAgentOptions : WireObject
{
    /// <summary>Whether multi-agent execution is enabled.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The maximum number of subagents that run at the same time.</summary>
    public int? MaxConcurrentSubagents { get; set; }
}
