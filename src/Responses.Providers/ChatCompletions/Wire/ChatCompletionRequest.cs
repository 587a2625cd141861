using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.ChatCompletions.Wire;

/// <summary>The body of <c>POST /chat/completions</c>.</summary>
internal sealed class ChatCompletionRequest
{
    public string Model { get; set; } = string.Empty;

    public List<ChatMessage> Messages { get; set; } = [];

    public List<ChatTool>? Tools { get; set; }

    public JsonElement? ToolChoice { get; set; }

    public bool? ParallelToolCalls { get; set; }

    public ChatResponseFormat? ResponseFormat { get; set; }

    public int? MaxCompletionTokens { get; set; }

    public int? MaxTokens { get; set; }

    public double? Temperature { get; set; }

    public double? TopP { get; set; }

    public double? PresencePenalty { get; set; }

    public double? FrequencyPenalty { get; set; }

    public bool? Logprobs { get; set; }

    public int? TopLogprobs { get; set; }

    public string? ReasoningEffort { get; set; }

    public string? User { get; set; }

    public bool? Stream { get; set; }

    public ChatStreamOptions? StreamOptions { get; set; }

    // Chat-only settings given as additional properties of the Responses request (stop, seed…), passed on as they are.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
