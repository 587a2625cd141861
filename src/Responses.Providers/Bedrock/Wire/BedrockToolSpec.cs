using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Bedrock.Wire;

/// <summary>A tool specification.</summary>
internal sealed class BedrockToolSpec
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public BedrockToolInputSchema? InputSchema { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
