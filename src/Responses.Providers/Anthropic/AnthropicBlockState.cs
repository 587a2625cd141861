using System.Text;
using System.Text.Json;
using Responses.Providers.Anthropic.Wire;

namespace Responses.Providers.Anthropic;

/// <summary>What <see cref="AnthropicEventMapper"/> knows of one open content block.</summary>
internal sealed class AnthropicBlockState
{
    /// <summary>The block type when it is mapped; <see langword="null"/> for skipped blocks.</summary>
    public string? Type { get; set; }

    /// <summary>The block as <c>content_block_start</c> (or the body) gave it.</summary>
    public required AnthropicContentBlock Start { get; init; }

    /// <summary>The output item of a tool call or thinking block.</summary>
    public int OutputIndex { get; set; } = -1;

    /// <summary>Where a text block's text starts in the message's <c>output_text</c> part.</summary>
    public int TextStart { get; set; }

    public List<JsonElement> Citations { get; } = [];

    public bool HasArgumentDeltas { get; set; }

    public StringBuilder Thinking { get; } = new();

    public StringBuilder Signature { get; } = new();
}
