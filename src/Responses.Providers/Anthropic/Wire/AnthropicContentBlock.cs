using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Anthropic.Wire;

/// <summary>
/// A content block of the Messages API, in requests and responses. One flat class serves every block type
/// (text, image, document, tool_use, tool_result, thinking, redacted_thinking…): the fields of the types this
/// library maps are typed, and everything else stays verbatim in <see cref="ExtensionData"/>, so blocks of
/// types it does not model (server tools, compaction…) are kept unchanged.
/// </summary>
internal sealed class AnthropicContentBlock
{
    public string? Type { get; set; }

    public string? Text { get; set; }

    /// <summary>Citations of a text block (an array), kept raw.</summary>
    public JsonElement? Citations { get; set; }

    /// <summary>The id of a tool_use block.</summary>
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>The input object of a tool_use block.</summary>
    public JsonElement? Input { get; set; }

    public string? Thinking { get; set; }

    public string? Signature { get; set; }

    /// <summary>The opaque payload of a redacted_thinking block.</summary>
    public string? Data { get; set; }

    /// <summary>The source of an image or document block.</summary>
    public AnthropicSource? Source { get; set; }

    /// <summary>The title of a document block.</summary>
    public string? Title { get; set; }

    public string? ToolUseId { get; set; }

    /// <summary>The content of a tool_result block: a string or an array of blocks.</summary>
    public JsonElement? Content { get; set; }

    public bool? IsError { get; set; }

    public JsonElement? CacheControl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
