using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Bedrock.Wire;

/// <summary>A <c>toolUse</c> block (in <c>contentBlockStart</c> without <c>input</c>).</summary>
internal sealed class BedrockToolUse
{
    public string? ToolUseId { get; set; }

    public string? Name { get; set; }

    public JsonElement? Input { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
