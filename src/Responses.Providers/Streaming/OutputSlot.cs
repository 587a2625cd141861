using System.Text;

namespace Responses.Providers.Streaming;

/// <summary>The writer's state of one output item: the live item and what is open inside it.</summary>
internal sealed class OutputSlot(int outputIndex, ResponseItem item, int? position = null)
{
    /// <summary>The <c>output_index</c> on the wire (a forwarding upstream's own index, which may have gaps).</summary>
    public int OutputIndex { get; } = outputIndex;

    /// <summary>The position in the writer's slots and in the response's output.</summary>
    public int Position { get; } = position ?? outputIndex;

    /// <summary>The live item: it is in the response's output and becomes final at <c>output_item.done</c>.</summary>
    public ResponseItem Item { get; set; } = item;

    public bool IsDone { get; set; }

    /// <summary>The content or summary part being written, if any.</summary>
    public ContentPart? OpenPart { get; set; }

    public int OpenPartIndex { get; set; } = -1;

    /// <summary>The text of the open part, or the arguments/input of a tool call.</summary>
    public StringBuilder Text { get; } = new();

    /// <summary>The reasoning summary part being written, if any (reasoning items may stream summary and content at once).</summary>
    public ContentPart? OpenSummaryPart { get; set; }

    public int OpenSummaryIndex { get; set; } = -1;

    public StringBuilder SummaryText { get; } = new();

    /// <summary>The commands of a forwarded shell call, by command index, as streamed so far.</summary>
    public List<string>? Commands { get; set; }

    public string ItemId => Item.Id ?? string.Empty;
}
