using System.Text.Json;

namespace Responses.Testing;

// The terminal event and the final output check of a lifecycle run.
internal sealed partial class LifecycleRun
{
    private void OnTerminal(int i, string type, JsonElement e)
    {
        if (type == Completed)
        {
            foreach (var s in items.Values.Where(s => s.DoneAt is null))
            {
                Add(LifecycleRules.ItemNotDone, i, $"output_index {s.OutputIndex} ('{s.Id}') was added but never done");
            }
        }

        if (!e.TryGetProperty("response", out var r) || r.ValueKind != JsonValueKind.Object
            || !r.TryGetProperty("output", out var output) || output.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var done = items.Values.Where(s => s.DoneItem is not null).Select(s => (s.OutputIndex, Item: WithoutIgnored(s.DoneItem!.Value))).ToList();
        var final = output.EnumerateArray().Select(WithoutIgnored).ToList();
        if (options.AllowElidedItems)
        {
            CheckFinalOutputSubsequence(i, done, final);
            return;
        }

        var n = Math.Min(done.Count, final.Count);
        for (var k = 0; k < n; k++)
        {
            var diff = JsonDiff.FindFirstDifference(done[k].Item, final[k], $"$.response.output[{k}]");
            if (diff is not null)
            {
                Add(LifecycleRules.FinalOutput, i, $"response.output[{k}] differs from the output_item.done item of output_index {done[k].OutputIndex}: {diff}");
                return;
            }
        }

        if (final.Count > done.Count)
        {
            Add(LifecycleRules.FinalOutput, i, $"response.output has {final.Count} items but {done.Count} were streamed; extra: {Short(final[done.Count])}");
        }
        else if (done.Count > final.Count)
        {
            Add(LifecycleRules.FinalOutput, i, $"response.output has {final.Count} items but {done.Count} were streamed; missing: output_index {done[final.Count].OutputIndex}");
        }
    }

    private void CheckFinalOutputSubsequence(int i, List<(int OutputIndex, JsonElement Item)> done, List<JsonElement> final)
    {
        var position = 0;
        foreach (var (oi, item) in done)
        {
            var id = StringProp(item, "id");
            var found = -1;
            for (var k = position; k < final.Count; k++)
            {
                if (id is not null ? StringProp(final[k], "id") == id : JsonDiff.AreEqual(item, final[k]))
                {
                    found = k;
                    break;
                }
            }

            if (found < 0)
            {
                Add(LifecycleRules.FinalOutput, i, $"response.output lacks the streamed item of output_index {oi} ('{id}') (or has it out of order)");
                return;
            }

            var diff = JsonDiff.FindFirstDifference(item, final[found], $"$.response.output[{found}]");
            if (diff is not null)
            {
                Add(LifecycleRules.FinalOutput, i, $"response.output[{found}] differs from the output_item.done item of output_index {oi}: {diff}");
                return;
            }

            position = found + 1;
        }
    }

    private JsonElement WithoutIgnored(JsonElement element)
    {
        if (options.FinalOutputIgnoredProperties.Count == 0)
        {
            return element;
        }

        var node = System.Text.Json.Nodes.JsonNode.Parse(element.GetRawText());
        Strip(node);
        return Fixtures.ParseElement(node?.ToJsonString() ?? "null");

        void Strip(System.Text.Json.Nodes.JsonNode? n)
        {
            if (n is System.Text.Json.Nodes.JsonObject o)
            {
                foreach (var name in options.FinalOutputIgnoredProperties)
                {
                    o.Remove(name);
                }

                foreach (var (_, child) in o)
                {
                    Strip(child);
                }
            }
            else if (n is System.Text.Json.Nodes.JsonArray a)
            {
                foreach (var child in a)
                {
                    Strip(child);
                }
            }
        }
    }

    private bool TextMatches(string full, List<string> pieces)
    {
        if (!options.AllowElidedDeltas)
        {
            return full.Length == pieces.Sum(p => p.Length) && string.Equals(full, string.Concat(pieces), StringComparison.Ordinal);
        }

        var pos = 0;
        foreach (var p in pieces)
        {
            var at = full.IndexOf(p, pos, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            pos = at + p.Length;
        }

        return true;
    }
}
