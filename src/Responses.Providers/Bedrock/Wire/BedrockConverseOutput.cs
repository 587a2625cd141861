using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Bedrock.Wire;

/// <summary>The output of <c>converse</c>: the answer message.</summary>
internal sealed class BedrockConverseOutput
{
    public BedrockMessage? Message { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
