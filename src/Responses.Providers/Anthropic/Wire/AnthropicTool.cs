using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Anthropic.Wire;

/// <summary>A client tool of the request (<c>tools[]</c>).</summary>
internal sealed class AnthropicTool
{
    public string? Type { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public JsonElement? InputSchema { get; set; }

    public bool? Strict { get; set; }

    public JsonElement? CacheControl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
