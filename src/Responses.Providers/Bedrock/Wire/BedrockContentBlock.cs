using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Bedrock.Wire;

/// <summary>A content block: a union where exactly one member is set (system blocks and tool result content use the same shape).</summary>
internal sealed class BedrockContentBlock
{
    public string? Text { get; set; }

    public BedrockMediaBlock? Image { get; set; }

    public BedrockMediaBlock? Document { get; set; }

    public BedrockToolUse? ToolUse { get; set; }

    public BedrockToolResult? ToolResult { get; set; }

    public BedrockReasoningContent? ReasoningContent { get; set; }

    /// <summary>The JSON content of a tool result.</summary>
    public JsonElement? Json { get; set; }

    public JsonElement? CachePoint { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
