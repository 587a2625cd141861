using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Bedrock.Wire;

/// <summary>Reasoning text and the signature that lets it be sent back.</summary>
internal sealed class BedrockReasoningText
{
    public string? Text { get; set; }

    public string? Signature { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
