using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Bedrock.Wire;

/// <summary>The <c>start</c> of <c>contentBlockStart</c>.</summary>
internal sealed class BedrockContentBlockStart
{
    public BedrockToolUse? ToolUse { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
