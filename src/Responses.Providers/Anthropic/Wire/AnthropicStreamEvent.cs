using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Anthropic.Wire;

/// <summary>
/// One event of a Messages stream (<c>message_start</c>, <c>content_block_start</c>/<c>delta</c>/<c>stop</c>,
/// <c>message_delta</c>, <c>message_stop</c>, <c>ping</c>, <c>error</c>), flat like the blocks.
/// </summary>
internal sealed class AnthropicStreamEvent
{
    public string? Type { get; set; }

    public AnthropicMessage? Message { get; set; }

    public int Index { get; set; }

    public AnthropicContentBlock? ContentBlock { get; set; }

    public AnthropicStreamDelta? Delta { get; set; }

    public AnthropicUsage? Usage { get; set; }

    public AnthropicError? Error { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
