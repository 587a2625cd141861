using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Anthropic.Wire;

/// <summary>A message of the Messages API: the non-streaming body, and the <c>message</c> of <c>message_start</c>.</summary>
internal sealed class AnthropicMessage
{
    public string? Id { get; set; }

    public string? Type { get; set; }

    public string? Role { get; set; }

    public string? Model { get; set; }

    public List<AnthropicContentBlock>? Content { get; set; }

    public string? StopReason { get; set; }

    public string? StopSequence { get; set; }

    public JsonElement? StopDetails { get; set; }

    public AnthropicUsage? Usage { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
