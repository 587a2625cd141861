namespace Responses.Testing;

/// <summary>The rule ids reported by <see cref="StreamLifecycleChecker"/>.</summary>
public static class LifecycleRules
{
    /// <summary><c>sequence_number</c> present on every event, starting at 0, without gaps.</summary>
    public const string SequenceNumber = "sequence_number";

    /// <summary><c>response.created</c> is the first event (once), optionally followed by <c>response.queued</c>/<c>response.in_progress</c>.</summary>
    public const string CreatedFirst = "created_first";

    /// <summary>Exactly one terminal event (<c>response.completed</c>/<c>failed</c>/<c>incomplete</c>), last; an <c>error</c> event only before it (with nothing between but the <c>*.done</c> events that close open items), or alone when the stream fails before a response exists.</summary>
    public const string Terminal = "terminal";

    /// <summary><c>output_index</c> values are 0..n-1 in order of <c>output_item.added</c>, each added once; events name an added index.</summary>
    public const string OutputIndex = "output_index";

    /// <summary>No event for an item before its <c>output_item.added</c>.</summary>
    public const string ItemAddedFirst = "item_added_first";

    /// <summary>No event for an item after its <c>output_item.done</c> (including a second done).</summary>
    public const string ItemAfterDone = "item_after_done";

    /// <summary>Every added item is done before <c>response.completed</c>.</summary>
    public const string ItemNotDone = "item_not_done";

    /// <summary><c>content_part.added</c>/<c>done</c> around text and refusal deltas, with matching <c>content_index</c>.</summary>
    public const string ContentPart = "content_part";

    /// <summary><c>reasoning_summary_part.added</c>/<c>done</c> around reasoning summary deltas, with matching <c>summary_index</c>.</summary>
    public const string SummaryPart = "summary_part";

    /// <summary>Every <c>*.done</c> text (and <c>content_part.done</c>/<c>reasoning_summary_part.done</c> part text) equals the concatenation of its deltas.</summary>
    public const string DoneText = "done_text";

    /// <summary>The <c>output_item.done</c> item agrees with the deltas (message text, function arguments, …).</summary>
    public const string ItemContent = "item_content";

    /// <summary>Item ids are stable: <c>item_id</c> of events and the done item id equal the added item's id.</summary>
    public const string ItemId = "item_id";

    /// <summary>No two output items share an id.</summary>
    public const string UniqueItemId = "unique_item_id";

    /// <summary>The terminal event's <c>response.output</c> is exactly the done items in <c>output_index</c> order, JSON-equal.</summary>
    public const string FinalOutput = "final_output";

    /// <summary>Every event carrying a response carries the same response id.</summary>
    public const string ResponseId = "response_id";
}
