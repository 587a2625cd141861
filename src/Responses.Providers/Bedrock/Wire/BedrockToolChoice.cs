using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Bedrock.Wire;

/// <summary><c>toolChoice</c>: one of <c>auto</c> and <c>any</c> (empty objects) or <c>tool</c>.</summary>
internal sealed class BedrockToolChoice
{
    public JsonElement? Auto { get; set; }

    public JsonElement? Any { get; set; }

    public BedrockSpecificToolChoice? Tool { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
