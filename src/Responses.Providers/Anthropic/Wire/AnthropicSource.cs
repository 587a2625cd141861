using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Anthropic.Wire;

/// <summary>The source of an image or document block: <c>base64</c>, <c>url</c>, <c>file</c> or <c>text</c>.</summary>
internal sealed class AnthropicSource
{
    public string? Type { get; set; }

    public string? MediaType { get; set; }

    public string? Data { get; set; }

    public string? Url { get; set; }

    public string? FileId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
