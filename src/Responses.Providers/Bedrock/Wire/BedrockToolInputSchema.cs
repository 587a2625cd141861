using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Bedrock.Wire;

/// <summary>A tool input schema: <c>{"json": schema}</c>.</summary>
internal sealed class BedrockToolInputSchema
{
    public JsonElement? Json { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
