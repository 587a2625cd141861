using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Bedrock.Wire;

/// <summary>A conversation turn (or the answer of <c>converse</c>).</summary>
internal sealed class BedrockMessage
{
    public string Role { get; set; } = "user";

    public List<BedrockContentBlock> Content { get; set; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
