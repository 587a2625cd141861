using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Bedrock.Wire;

/// <summary>A tool: a <c>toolSpec</c> (or a <c>cachePoint</c>).</summary>
internal sealed class BedrockTool
{
    public BedrockToolSpec? ToolSpec { get; set; }

    public JsonElement? CachePoint { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
