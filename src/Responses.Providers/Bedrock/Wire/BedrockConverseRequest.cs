using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Bedrock.Wire;

/// <summary>The body of <c>POST /model/{modelId}/converse</c> and <c>/converse-stream</c> (the model is in the URL).</summary>
internal sealed class BedrockConverseRequest
{
    public List<BedrockMessage> Messages { get; set; } = [];

    public List<BedrockContentBlock>? System { get; set; }

    public BedrockInferenceConfig? InferenceConfig { get; set; }

    public BedrockToolConfig? ToolConfig { get; set; }

    public JsonElement? GuardrailConfig { get; set; }

    public JsonElement? AdditionalModelRequestFields { get; set; }

    public List<string>? AdditionalModelResponseFieldPaths { get; set; }

    public Dictionary<string, string>? RequestMetadata { get; set; }

    public JsonElement? PerformanceConfig { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
