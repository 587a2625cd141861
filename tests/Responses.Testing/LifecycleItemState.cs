using System.Text.Json;

namespace Responses.Testing;

/// <summary>What <see cref="StreamLifecycleChecker"/> knows about one output item while walking a stream.</summary>
internal sealed class LifecycleItemState(int outputIndex, string? id, string? type, int addedAt)
{
    public int OutputIndex { get; } = outputIndex;

    public string? Id { get; } = id;

    public string? Type { get; } = type;

    public int AddedAt { get; } = addedAt;

    public int? DoneAt { get; set; }

    public JsonElement? DoneItem { get; set; }

    /// <summary>Delta pieces per (family prefix, sub-index or -1).</summary>
    public Dictionary<(string Family, int Index), List<string>> Deltas { get; } = [];

    public HashSet<int> OpenContentParts { get; } = [];

    public HashSet<int> ClosedContentParts { get; } = [];

    public HashSet<int> OpenSummaryParts { get; } = [];

    public HashSet<int> ClosedSummaryParts { get; } = [];

    public List<string> Pieces(string family, int index)
    {
        if (!Deltas.TryGetValue((family, index), out var list))
        {
            list = [];
            Deltas[(family, index)] = list;
        }

        return list;
    }
}
