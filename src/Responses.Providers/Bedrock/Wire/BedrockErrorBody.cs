using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Bedrock.Wire;

/// <summary>An error body: <c>{"message": …}</c> (the type is in <c>x-amzn-ErrorType</c>).</summary>
internal sealed class BedrockErrorBody
{
    public string? Message { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
