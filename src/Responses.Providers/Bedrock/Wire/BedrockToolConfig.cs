using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Bedrock.Wire;

/// <summary><c>toolConfig</c>.</summary>
internal sealed class BedrockToolConfig
{
    public List<BedrockTool> Tools { get; set; } = [];

    public BedrockToolChoice? ToolChoice { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
