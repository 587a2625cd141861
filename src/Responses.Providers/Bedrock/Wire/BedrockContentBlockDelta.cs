using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Bedrock.Wire;

/// <summary>The <c>delta</c> of <c>contentBlockDelta</c>.</summary>
internal sealed class BedrockContentBlockDelta
{
    public string? Text { get; set; }

    public BedrockToolUseDelta? ToolUse { get; set; }

    public BedrockReasoningDelta? ReasoningContent { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
