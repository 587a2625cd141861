using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Bedrock.Wire;

/// <summary>A tool-use delta: a piece of the arguments JSON text.</summary>
internal sealed class BedrockToolUseDelta
{
    public string? Input { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
