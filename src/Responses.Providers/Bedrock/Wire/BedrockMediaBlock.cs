using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Bedrock.Wire;

/// <summary>An image or document block: <c>format</c> and a <c>bytes</c> source (documents also carry a <c>name</c>).</summary>
internal sealed class BedrockMediaBlock
{
    public string? Format { get; set; }

    public string? Name { get; set; }

    public BedrockMediaSource? Source { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
