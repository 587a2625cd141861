using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.ChatCompletions.Wire;

/// <summary>
/// A chat message: a request message, the <c>message</c> of a choice, or the <c>delta</c> of a streamed choice
/// (all three share these fields, which lets one mapper read bodies and streams alike).
/// </summary>
internal sealed class ChatMessage
{
    public string? Role { get; set; }

    /// <summary>A string, an array of content parts, or null.</summary>
    public JsonElement? Content { get; set; }

    public string? Refusal { get; set; }

    /// <summary>Reasoning text: DeepSeek, xAI, vLLM, Qwen servers (<c>reasoning_content</c>).</summary>
    public string? ReasoningContent { get; set; }

    /// <summary>Reasoning text: OpenRouter, Groq, Ollama and newer vLLM (<c>reasoning</c>).</summary>
    public string? Reasoning { get; set; }

    public List<ChatToolCall>? ToolCalls { get; set; }

    /// <summary>URL citations of OpenAI's search models (<c>{"type":"url_citation","url_citation":{…}}</c>); read, never sent.</summary>
    public JsonElement? Annotations { get; set; }

    public string? ToolCallId { get; set; }

    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
