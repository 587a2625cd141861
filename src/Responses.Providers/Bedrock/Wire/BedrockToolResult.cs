using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Bedrock.Wire;

/// <summary>A <c>toolResult</c> block.</summary>
internal sealed class BedrockToolResult
{
    public string? ToolUseId { get; set; }

    public List<BedrockContentBlock> Content { get; set; } = [];

    public string? Status { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
