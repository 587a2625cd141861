using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Bedrock.Wire;

/// <summary>The payload of any <c>converse-stream</c> event (the event type is the <c>:event-type</c> header) or exception (<c>message</c>).</summary>
internal sealed class BedrockStreamEvent
{
    public string? Role { get; set; }

    public int ContentBlockIndex { get; set; }

    public BedrockContentBlockStart? Start { get; set; }

    public BedrockContentBlockDelta? Delta { get; set; }

    public string? StopReason { get; set; }

    public JsonElement? AdditionalModelResponseFields { get; set; }

    public BedrockUsage? Usage { get; set; }

    public JsonElement? Metrics { get; set; }

    public string? Message { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
