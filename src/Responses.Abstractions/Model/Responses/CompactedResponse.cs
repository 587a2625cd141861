namespace Responses;

/// <summary>The result of <c>POST /v1/responses/compact</c>: the compacted conversation.</summary>
public sealed class CompactedResponse : WireObject
{
    /// <summary>The unique id of the compaction.</summary>
    [WireRequired]
    public string? Id { get; set; }

    /// <summary>Always <c>response.compaction</c>.</summary>
    [WireRequired]
    public string Object { get; set; } = "response.compaction";

    /// <summary>Creation time, in Unix seconds.</summary>
    [WireRequired]
    public long CreatedAt { get; set; }

    /// <summary>The compacted items: kept input items and a compaction item.</summary>
    [WireRequired]
    public IList<ResponseItem> Output { get; set; } = [];

    /// <summary>Token usage of the compaction.</summary>
    [WireRequired]
    public ResponseUsage? Usage { get; set; }
}
