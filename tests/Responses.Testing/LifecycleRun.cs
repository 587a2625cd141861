using System.Text.Json;

namespace Responses.Testing;

/// <summary>One pass of <see cref="StreamLifecycleChecker"/> over a stream.</summary>
internal sealed partial class LifecycleRun(IReadOnlyList<JsonElement> events, StreamLifecycleOptions options)
{
    private const string Created = "response.created";
    private const string Queued = "response.queued";
    private const string InProgress = "response.in_progress";
    private const string Completed = "response.completed";
    private const string Error = "error";
    private const string ItemAdded = "response.output_item.added";
    private const string ItemDone = "response.output_item.done";
    private const string PartAdded = "response.content_part.added";
    private const string PartDone = "response.content_part.done";
    private const string SummaryPartAdded = "response.reasoning_summary_part.added";
    private const string SummaryPartDone = "response.reasoning_summary_part.done";
    private const string AnnotationAdded = "response.output_text.annotation.added";

    private static readonly HashSet<string> TerminalTypes = [Completed, "response.failed", "response.incomplete"];

    private readonly List<LifecycleViolation> violations = [];
    private readonly SortedDictionary<int, LifecycleItemState> items = [];
    private readonly Dictionary<string, LifecycleItemState> itemsById = new(StringComparer.Ordinal);
    private int? lastSequence;
    private int? lastAddedIndex;
    private string? responseId;
    private int? terminalAt;
    private bool onlyLifecycleSoFar = true;
    private bool createdSeen;

    public IReadOnlyList<LifecycleViolation> Execute()
    {
        var errorOnly = events.Count == 1 && TypeOf(events[0]) == Error;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.ValueKind != JsonValueKind.Object)
            {
                Add(LifecycleRules.CreatedFirst, i, $"event is not a JSON object: {Short(e)}");
                continue;
            }

            var type = TypeOf(e) ?? "<no type>";
            CheckSequence(i, e);
            CheckResponseId(i, e);
            CheckOrder(i, type, errorOnly);
            CheckTerminal(i, type, errorOnly);

            switch (type)
            {
                case ItemAdded:
                    OnItemAdded(i, e);
                    break;
                case ItemDone:
                    OnItemDone(i, e);
                    break;
                default:
                    if (TerminalTypes.Contains(type))
                    {
                        OnTerminal(i, type, e);
                    }
                    else
                    {
                        OnItemEvent(i, type, e);
                    }

                    break;
            }
        }

        if (terminalAt is null && !errorOnly)
        {
            Add(LifecycleRules.Terminal, events.Count, "the stream has no terminal event (response.completed/failed/incomplete)");
        }

        return violations;
    }

    private void CheckSequence(int i, JsonElement e)
    {
        if (!e.TryGetProperty("sequence_number", out var s) || s.ValueKind != JsonValueKind.Number || !s.TryGetInt32(out var seq))
        {
            if (!options.AllowMissingSequenceNumbers)
            {
                Add(LifecycleRules.SequenceNumber, i, "sequence_number is missing");
            }

            return;
        }

        var expected = lastSequence is { } last ? last + 1 : (options.AllowMissingSequenceNumbers ? i : 0);
        var ok = options.AllowSequenceGaps ? seq >= expected : seq == expected;
        if (!ok)
        {
            Add(LifecycleRules.SequenceNumber, i, $"sequence_number is {seq}, expected {(options.AllowSequenceGaps ? "at least " : string.Empty)}{expected}");
        }

        lastSequence = seq;
    }

    private void CheckResponseId(int i, JsonElement e)
    {
        string? id = null;
        if (e.TryGetProperty("response", out var r) && r.ValueKind == JsonValueKind.Object && r.TryGetProperty("id", out var rid) && rid.ValueKind == JsonValueKind.String)
        {
            id = rid.GetString();
        }
        else if (e.TryGetProperty("response_id", out var top) && top.ValueKind == JsonValueKind.String)
        {
            id = top.GetString();
        }

        if (id is null)
        {
            return;
        }

        if (responseId is null)
        {
            responseId = id;
        }
        else if (!string.Equals(responseId, id, StringComparison.Ordinal))
        {
            Add(LifecycleRules.ResponseId, i, $"response id is '{id}', earlier events carried '{responseId}'");
        }
    }

    private void CheckOrder(int i, string type, bool errorOnly)
    {
        if (type == Created)
        {
            if (i != 0 || createdSeen)
            {
                Add(LifecycleRules.CreatedFirst, i, createdSeen ? "response.created is repeated" : $"response.created comes at position {i}, not first");
            }

            createdSeen = true;
            return;
        }

        if (i == 0 && !errorOnly)
        {
            Add(LifecycleRules.CreatedFirst, i, $"the first event is '{type}', not response.created");
        }

        if (type is Queued or InProgress)
        {
            if (!onlyLifecycleSoFar)
            {
                Add(LifecycleRules.CreatedFirst, i, $"{type} comes after output events; it may only follow response.created");
            }

            return;
        }

        onlyLifecycleSoFar = false;
    }

    private void CheckTerminal(int i, string type, bool errorOnly)
    {
        var isTerminal = TerminalTypes.Contains(type);
        if (terminalAt is { } t)
        {
            Add(LifecycleRules.Terminal, i, isTerminal
                ? $"second terminal event '{type}' (the first was event #{t})"
                : $"'{type}' comes after the terminal event #{t}");
        }

        if (type == Error && !errorOnly)
        {
            // Only the closing events (*.done) of items still open may come between the error and the terminal event:
            // a stream closed after an upstream error still closes what it opened, but adds nothing new.
            var j = i + 1;
            while (j < events.Count && TypeOf(events[j]) is { } closing && closing.EndsWith(".done", StringComparison.Ordinal))
            {
                j++;
            }

            var next = j < events.Count ? TypeOf(events[j]) : null;
            if (next is null || !TerminalTypes.Contains(next))
            {
                Add(LifecycleRules.Terminal, i, $"an error event must be followed by the terminal event, with only closing *.done events between (next: {next ?? "end of stream"}), or be the only event");
            }
        }

        if (isTerminal)
        {
            terminalAt ??= i;
        }
    }

    private void OnItemAdded(int i, JsonElement e)
    {
        if (!TryInt(e, "output_index", out var oi))
        {
            Add(LifecycleRules.OutputIndex, i, "output_item.added has no output_index");
            return;
        }

        var item = e.TryGetProperty("item", out var it) ? it : default;
        var id = StringProp(item, "id");
        if (items.ContainsKey(oi))
        {
            Add(LifecycleRules.OutputIndex, i, $"output_index {oi} is added twice");
            return;
        }

        var expected = (lastAddedIndex ?? -1) + 1;
        if (options.AllowElidedItems ? oi < expected : oi != expected)
        {
            Add(LifecycleRules.OutputIndex, i, $"output_item.added has output_index {oi}, expected {(options.AllowElidedItems ? "at least " : string.Empty)}{expected}");
        }

        lastAddedIndex = Math.Max(lastAddedIndex ?? -1, oi);
        var state = new LifecycleItemState(oi, id, StringProp(item, "type"), i);
        items[oi] = state;
        if (id is not null)
        {
            if (!itemsById.TryAdd(id, state))
            {
                Add(LifecycleRules.UniqueItemId, i, $"item id '{id}' is already used by output_index {itemsById[id].OutputIndex}");
            }
        }
    }

    private void OnItemDone(int i, JsonElement e)
    {
        var state = Resolve(i, e, "output_item.done");
        if (state is null)
        {
            return;
        }

        var item = e.TryGetProperty("item", out var it) ? it : default;
        var id = StringProp(item, "id");
        if (state.Id is not null && !string.Equals(state.Id, id, StringComparison.Ordinal))
        {
            Add(LifecycleRules.ItemId, i, $"output_item.done item id is '{id ?? "<none>"}', the added item's id is '{state.Id}'");
        }

        foreach (var ci in state.OpenContentParts)
        {
            Add(LifecycleRules.ContentPart, i, $"output_index {state.OutputIndex}: content_index {ci} has no content_part.done before output_item.done");
        }

        foreach (var si in state.OpenSummaryParts)
        {
            Add(LifecycleRules.SummaryPart, i, $"output_index {state.OutputIndex}: summary_index {si} has no reasoning_summary_part.done before output_item.done");
        }

        if (item.ValueKind == JsonValueKind.Object)
        {
            CheckItemContent(i, state, item);
            state.DoneItem = item.Clone();
        }

        state.DoneAt = i;
    }

    private void CheckItemContent(int i, LifecycleItemState state, JsonElement item)
    {
        foreach (var ((family, index), pieces) in state.Deltas)
        {
            var path = ItemTextPath(state.Type ?? StringProp(item, "type"), family, index);
            if (path is null)
            {
                continue;
            }

            var value = Navigate(item, path);
            if (value is not { ValueKind: JsonValueKind.String })
            {
                Add(LifecycleRules.ItemContent, i, $"output_index {state.OutputIndex}: the done item has no text at {string.Join('.', path)} for the streamed {family} deltas");
                continue;
            }

            var text = value.Value.GetString()!;
            if (!TextMatches(text, pieces))
            {
                Add(LifecycleRules.ItemContent, i, $"output_index {state.OutputIndex}: done item {string.Join('.', path)} is {Quote(text)}, the {family} deltas give {Quote(string.Concat(pieces))}");
            }
        }
    }

    /// <summary>Where an item keeps the text that a delta family streams, or <c>null</c> when the kit does not map it.</summary>
    private static string[]? ItemTextPath(string? itemType, string family, int index)
    {
        var ix = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (itemType, family) switch
        {
            ("message", "response.output_text") => ["content", ix, "text"],
            ("message", "response.refusal") => ["content", ix, "refusal"],
            ("function_call", "response.function_call_arguments") => ["arguments"],
            ("custom_tool_call", "response.custom_tool_call_input") => ["input"],
            ("reasoning", "response.reasoning_summary_text") => ["summary", ix, "text"],
            ("reasoning", "response.reasoning_text") => ["content", ix, "text"],
            ("mcp_call", "response.mcp_call_arguments") => ["arguments"],
            ("code_interpreter_call", "response.code_interpreter_call_code") => ["code"],
            ("shell_call", "response.shell_call_command") => ["action", "commands", ix],
            _ => null,
        };
    }

    private void OnItemEvent(int i, string type, JsonElement e)
    {
        var hasIndex = e.TryGetProperty("output_index", out _);
        var hasItemId = e.TryGetProperty("item_id", out _);
        if (!hasIndex && !hasItemId)
        {
            return; // not about an item (error, lifecycle, audio…)
        }

        var state = Resolve(i, e, type);
        if (state is null)
        {
            return;
        }

        switch (type)
        {
            case PartAdded:
                OpenPart(i, state, e, "content_index", state.OpenContentParts, state.ClosedContentParts, LifecycleRules.ContentPart, "content_part");
                return;
            case PartDone:
                ClosePart(i, state, e, "content_index", state.OpenContentParts, state.ClosedContentParts, LifecycleRules.ContentPart, "content_part");
                return;
            case SummaryPartAdded:
                OpenPart(i, state, e, "summary_index", state.OpenSummaryParts, state.ClosedSummaryParts, LifecycleRules.SummaryPart, "reasoning_summary_part");
                return;
            case SummaryPartDone:
                ClosePart(i, state, e, "summary_index", state.OpenSummaryParts, state.ClosedSummaryParts, LifecycleRules.SummaryPart, "reasoning_summary_part");
                return;
            case AnnotationAdded:
                RequireOpen(i, state, e, "content_index", state.OpenContentParts, LifecycleRules.ContentPart, type);
                return;
        }

        if (!DeltaFamily.ByEventType.TryGetValue(type, out var entry))
        {
            return;
        }

        var (family, isDone) = entry;
        var index = family.IndexField is null ? -1 : (TryInt(e, family.IndexField, out var v) ? v : -1);
        if (family.NeedsContentPart)
        {
            RequireOpen(i, state, e, "content_index", state.OpenContentParts, LifecycleRules.ContentPart, type);
        }
        else if (family.NeedsSummaryPart)
        {
            RequireOpen(i, state, e, "summary_index", state.OpenSummaryParts, LifecycleRules.SummaryPart, type);
        }

        var pieces = state.Pieces(family.Prefix, index);
        if (!isDone)
        {
            if (e.TryGetProperty("delta", out var d) && d.ValueKind == JsonValueKind.String)
            {
                pieces.Add(d.GetString()!);
            }

            return;
        }

        var text = StringProp(e, family.DoneField);
        if (text is null)
        {
            Add(LifecycleRules.DoneText, i, $"{type} has no string '{family.DoneField}'");
        }
        else if (!TextMatches(text, pieces))
        {
            Add(LifecycleRules.DoneText, i, $"{type} {family.DoneField} is {Quote(text)}, the deltas give {Quote(string.Concat(pieces))}");
        }
    }

    private void OpenPart(int i, LifecycleItemState state, JsonElement e, string indexField, HashSet<int> open, HashSet<int> closed, string rule, string name)
    {
        if (!TryInt(e, indexField, out var index))
        {
            Add(rule, i, $"{name}.added has no {indexField}");
            return;
        }

        if (open.Contains(index) || closed.Contains(index))
        {
            Add(rule, i, $"output_index {state.OutputIndex}: {name}.added for {indexField} {index} is repeated");
            return;
        }

        open.Add(index);
    }

    private void ClosePart(int i, LifecycleItemState state, JsonElement e, string indexField, HashSet<int> open, HashSet<int> closed, string rule, string name)
    {
        if (!TryInt(e, indexField, out var index))
        {
            Add(rule, i, $"{name}.done has no {indexField}");
            return;
        }

        if (!open.Remove(index))
        {
            Add(rule, i, $"output_index {state.OutputIndex}: {name}.done for {indexField} {index} without a matching open {name}.added");
        }

        closed.Add(index);

        // The part's final text must equal its deltas.
        var part = e.TryGetProperty("part", out var p) ? p : default;
        var partType = StringProp(part, "type");
        var (family, field) = partType switch
        {
            "output_text" => ("response.output_text", "text"),
            "refusal" => ("response.refusal", "refusal"),
            "reasoning_text" => ("response.reasoning_text", "text"),
            "summary_text" => ("response.reasoning_summary_text", "text"),
            _ => (null, null),
        };
        if (family is null || StringProp(part, field!) is not { } text)
        {
            return;
        }

        var pieces = state.Pieces(family, index);
        if (!TextMatches(text, pieces))
        {
            Add(LifecycleRules.DoneText, i, $"{name}.done part.{field} is {Quote(text)}, the deltas give {Quote(string.Concat(pieces))}");
        }
    }

    private void RequireOpen(int i, LifecycleItemState state, JsonElement e, string indexField, HashSet<int> open, string rule, string type)
    {
        if (!TryInt(e, indexField, out var index))
        {
            Add(rule, i, $"{type} has no {indexField}");
            return;
        }

        if (!open.Contains(index))
        {
            var partName = rule == LifecycleRules.ContentPart ? "content_part" : "reasoning_summary_part";
            Add(rule, i, $"output_index {state.OutputIndex}: {type} for {indexField} {index} outside an open {partName} (added/done)");
        }
    }

    /// <summary>Finds the item an event is about and checks it was added, is not done and has the same id.</summary>
    private LifecycleItemState? Resolve(int i, JsonElement e, string type)
    {
        var itemId = StringProp(e, "item_id");
        LifecycleItemState? state;
        if (TryInt(e, "output_index", out var oi))
        {
            if (!items.TryGetValue(oi, out state))
            {
                Add(LifecycleRules.ItemAddedFirst, i, $"{type} for output_index {oi} before its output_item.added");
                return null;
            }
        }
        else if (itemId is null || !itemsById.TryGetValue(itemId, out state))
        {
            Add(LifecycleRules.ItemAddedFirst, i, $"{type} for item '{itemId}' before its output_item.added");
            return null;
        }

        if (itemId is not null && state.Id is not null && !string.Equals(itemId, state.Id, StringComparison.Ordinal))
        {
            Add(LifecycleRules.ItemId, i, $"{type} has item_id '{itemId}', the item at output_index {state.OutputIndex} is '{state.Id}'");
        }

        if (state.DoneAt is { } doneAt)
        {
            Add(LifecycleRules.ItemAfterDone, i, $"{type} for output_index {state.OutputIndex} after its output_item.done (event #{doneAt})");
            return null;
        }

        return state;
    }

    private void Add(string rule, int index, string message) => violations.Add(new LifecycleViolation(rule, index, message));

    private static string? TypeOf(JsonElement e) => StringProp(e, "type");

    private static string? StringProp(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool TryInt(JsonElement e, string name, out int value)
    {
        value = 0;
        return e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out value);
    }

    private static JsonElement? Navigate(JsonElement e, string[] path)
    {
        var current = e;
        foreach (var segment in path)
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var next))
            {
                current = next;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, System.Globalization.CultureInfo.InvariantCulture, out var k) && k < current.GetArrayLength())
            {
                current = current[k];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    private static string Quote(string s) => JsonSerializer.Serialize(s.Length <= 120 ? s : string.Concat(s.AsSpan(0, 120), "…"));

    private static string Short(JsonElement e)
    {
        var raw = e.ValueKind == JsonValueKind.Undefined ? "<undefined>" : e.GetRawText();
        return raw.Length <= 160 ? raw : string.Concat(raw.AsSpan(0, 160), "…");
    }
}
