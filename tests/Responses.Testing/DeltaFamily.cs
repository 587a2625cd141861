namespace Responses.Testing;

/// <summary>A pair of <c>*.delta</c>/<c>*.done</c> stream events whose done text is the concatenation of the deltas.</summary>
/// <param name="Prefix">The event type without <c>.delta</c>/<c>.done</c>, e.g. <c>response.output_text</c>.</param>
/// <param name="DoneField">The property of the done event holding the full text.</param>
/// <param name="IndexField">The sub-index property (<c>content_index</c>, <c>summary_index</c>…) or <c>null</c>.</param>
internal sealed record DeltaFamily(string Prefix, string DoneField, string? IndexField)
{
    public static IReadOnlyList<DeltaFamily> All { get; } =
    [
        new("response.output_text", "text", "content_index"),
        new("response.refusal", "refusal", "content_index"),
        new("response.function_call_arguments", "arguments", null),
        new("response.reasoning_summary_text", "text", "summary_index"),
        new("response.reasoning_text", "text", "content_index"),
        new("response.custom_tool_call_input", "input", null),
        new("response.mcp_call_arguments", "arguments", null),
        new("response.code_interpreter_call_code", "code", null),
        new("response.apply_patch_call_operation_diff", "diff", null),
        new("response.shell_call_command", "command", "command_index"),
    ];

    public static IReadOnlyDictionary<string, (DeltaFamily Family, bool IsDone)> ByEventType { get; } =
        All.SelectMany(f => new[] { (f.Prefix + ".delta", (f, false)), (f.Prefix + ".done", (f, true)) })
            .ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);

    /// <summary>Whether the deltas need an open content part (<c>content_part.added</c>).</summary>
    public bool NeedsContentPart => Prefix is "response.output_text" or "response.refusal";

    /// <summary>Whether the deltas need an open reasoning summary part.</summary>
    public bool NeedsSummaryPart => Prefix == "response.reasoning_summary_text";
}
