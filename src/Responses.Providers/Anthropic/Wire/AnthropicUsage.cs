using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Anthropic.Wire;

/// <summary>Token usage of a message; in streams, <c>message_delta</c> carries cumulative values.</summary>
internal sealed class AnthropicUsage
{
    public long? InputTokens { get; set; }

    public long? OutputTokens { get; set; }

    public long? CacheCreationInputTokens { get; set; }

    public long? CacheReadInputTokens { get; set; }

    /// <summary>The cache-write breakdown by lifetime (<c>ephemeral_5m_input_tokens</c>…).</summary>
    public JsonElement? CacheCreation { get; set; }

    /// <summary><c>{"thinking_tokens":n}</c> on models that report it.</summary>
    public JsonElement? OutputTokensDetails { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
