using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Bedrock.Wire;

/// <summary>A <c>reasoningContent</c> block: signed reasoning text or encrypted (redacted) content.</summary>
internal sealed class BedrockReasoningContent
{
    public BedrockReasoningText? ReasoningText { get; set; }

    /// <summary>Base64 (a JSON blob).</summary>
    public string? RedactedContent { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
