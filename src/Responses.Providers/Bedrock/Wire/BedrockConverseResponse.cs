using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Bedrock.Wire;

/// <summary>The body of a <c>converse</c> answer.</summary>
internal sealed class BedrockConverseResponse
{
    public BedrockConverseOutput? Output { get; set; }

    public string? StopReason { get; set; }

    public BedrockUsage? Usage { get; set; }

    public JsonElement? Metrics { get; set; }

    public JsonElement? AdditionalModelResponseFields { get; set; }

    public JsonElement? Trace { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
