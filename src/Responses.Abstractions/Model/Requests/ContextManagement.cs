using System.Text.Json.Serialization;

namespace Responses;

/// <summary>A context management setting (an entry of <c>context_management</c>), such as server-side compaction.</summary>
public sealed class ContextManagement : WireObject
{
    /// <summary>The kind of context management, for example <c>compaction</c>.</summary>
    [JsonPropertyOrder(-100)]
    public string? Type { get; set; }

    /// <summary>The token count that triggers compaction (at least 1000).</summary>
    public int? CompactThreshold { get; set; }
}
