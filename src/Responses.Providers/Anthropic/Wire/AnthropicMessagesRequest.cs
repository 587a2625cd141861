using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.Anthropic.Wire;

/// <summary>The body of <c>POST /v1/messages</c>.</summary>
internal sealed class AnthropicMessagesRequest
{
    public string? Model { get; set; }

    public int MaxTokens { get; set; }

    public List<AnthropicContentBlock>? System { get; set; }

    public List<AnthropicMessageParam> Messages { get; set; } = [];

    public List<AnthropicTool>? Tools { get; set; }

    public AnthropicToolChoice? ToolChoice { get; set; }

    public AnthropicThinkingConfig? Thinking { get; set; }

    public AnthropicOutputConfig? OutputConfig { get; set; }

    public double? Temperature { get; set; }

    public double? TopP { get; set; }

    public int? TopK { get; set; }

    public List<string>? StopSequences { get; set; }

    public AnthropicMetadata? Metadata { get; set; }

    /// <summary>Top-level (automatic) prompt caching.</summary>
    public JsonElement? CacheControl { get; set; }

    public bool? Stream { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
