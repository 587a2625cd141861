using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Bedrock.Wire;

/// <summary>The source of an image or document: base64 <c>bytes</c> (a JSON blob).</summary>
internal sealed class BedrockMediaSource
{
    public string? Bytes { get; set; }

    public string? Text { get; set; }

    /// <summary>An S3 object: <c>{"uri": "s3://…"}</c>.</summary>
    public JsonElement? S3Location { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
