using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Bedrock.Wire;

/// <summary>A reasoning delta: text, the signature (once, at the end), or redacted content.</summary>
internal sealed class BedrockReasoningDelta
{
    public string? Text { get; set; }

    public string? Signature { get; set; }

    public string? RedactedContent { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
