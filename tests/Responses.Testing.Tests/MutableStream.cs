using System.Text.Json;
using System.Text.Json.Nodes;

namespace Responses.Testing.Tests;

/// <summary>A recorded stream loaded as editable JSON nodes, for building deliberately broken copies.</summary>
internal sealed class MutableStream
{
    private MutableStream(List<JsonObject> events)
    {
        Events = events;
    }

    public List<JsonObject> Events { get; }

    public static MutableStream LoadRecording(string name) =>
        new(Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/{name}.chunks.txt").Select(e => JsonNode.Parse(e.GetRawText())!.AsObject()).ToList());

    public static MutableStream From(params string[] json) => new(json.Select(j => JsonNode.Parse(j)!.AsObject()).ToList());

    /// <summary>The index of the n-th event of a type (optionally for one output_index).</summary>
    public int IndexOf(string type, int? outputIndex = null, int occurrence = 0)
    {
        var seen = 0;
        for (var i = 0; i < Events.Count; i++)
        {
            if (Events[i]["type"]?.GetValue<string>() == type
                && (outputIndex is null || Events[i]["output_index"]?.GetValue<int>() == outputIndex)
                && seen++ == occurrence)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"No event #{occurrence} of type {type} (output_index {outputIndex}).");
    }

    public int Count => Events.Count;

    public JsonObject this[int index] => Events[index];

    public JsonObject Clone(int index) => Events[index].DeepClone().AsObject();

    /// <summary>Sets sequence_number = position on every event.</summary>
    public MutableStream Renumber()
    {
        for (var i = 0; i < Events.Count; i++)
        {
            Events[i]["sequence_number"] = i;
        }

        return this;
    }

    /// <summary>Replaces a string everywhere in the stream's JSON.</summary>
    public MutableStream ReplaceEverywhere(string oldValue, string newValue)
    {
        for (var i = 0; i < Events.Count; i++)
        {
            Events[i] = JsonNode.Parse(Events[i].ToJsonString().Replace(oldValue, newValue, StringComparison.Ordinal))!.AsObject();
        }

        return this;
    }

    public IReadOnlyList<JsonElement> ToElements() => Events.Select(e => Fixtures.ParseElement(e.ToJsonString())).ToList();

    public IReadOnlyList<LifecycleViolation> Check(StreamLifecycleOptions? options = null) => StreamLifecycleChecker.Check(ToElements(), options);
}
