namespace Responses.Testing;

/// <summary>Relaxations of <see cref="StreamLifecycleChecker"/> for abbreviated or hand-written recordings. The default is strict.</summary>
public sealed record StreamLifecycleOptions
{
    /// <summary>Every rule enforced.</summary>
    public static StreamLifecycleOptions Strict { get; } = new();

    /// <summary>
    /// For recordings that were shortened by hand (deltas, items and sequence numbers cut out, e.g. with <c>...</c> lines):
    /// every relaxation on.
    /// </summary>
    public static StreamLifecycleOptions Abbreviated { get; } = new()
    {
        AllowMissingSequenceNumbers = true,
        AllowSequenceGaps = true,
        AllowElidedDeltas = true,
        AllowElidedItems = true,
    };

    /// <summary>Events without <c>sequence_number</c> are accepted (present ones must still follow on).</summary>
    public bool AllowMissingSequenceNumbers { get; init; }

    /// <summary>Present sequence numbers only have to increase.</summary>
    public bool AllowSequenceGaps { get; init; }

    /// <summary>Done texts only have to contain the streamed deltas in order (some deltas were cut out).</summary>
    public bool AllowElidedDeltas { get; init; }

    /// <summary>
    /// Properties (at any depth) ignored when the terminal <c>response.output</c> is compared with the <c>output_item.done</c> items.
    /// Real OpenAI streams re-encrypt <c>encrypted_content</c> for the final response (see the report of
    /// <c>openai-compaction.1</c> and <c>programmatic-tool-calling.1</c>); pass <c>["encrypted_content"]</c> to accept that.
    /// </summary>
    public IReadOnlyList<string> FinalOutputIgnoredProperties { get; init; } = [];

    /// <summary>Output indexes only have to increase, and the final output may hold items that were not streamed.</summary>
    public bool AllowElidedItems { get; init; }
}
