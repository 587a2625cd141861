using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Anthropic.Wire;

/// <summary>
/// The <c>delta</c> of <c>content_block_delta</c> (<c>text_delta</c>, <c>input_json_delta</c>, <c>thinking_delta</c>,
/// <c>signature_delta</c>, <c>citations_delta</c>…) and of <c>message_delta</c> (stop reason and details).
/// </summary>
internal sealed class AnthropicStreamDelta
{
    public string? Type { get; set; }

    public string? Text { get; set; }

    public string? PartialJson { get; set; }

    public string? Thinking { get; set; }

    public string? Signature { get; set; }

    public JsonElement? Citation { get; set; }

    public string? StopReason { get; set; }

    public string? StopSequence { get; set; }

    public JsonElement? StopDetails { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
