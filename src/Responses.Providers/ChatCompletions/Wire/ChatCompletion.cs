using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses.Providers.ChatCompletions.Wire;

/// <summary>A chat completion body, or one chunk of a stream (the same shape with <c>delta</c> for <c>message</c>).</summary>
internal sealed class ChatCompletion
{
    /// <summary>Stands for the <c>[DONE]</c> sentinel in a stream.</summary>
    public static readonly ChatCompletion Done = new() { Id = "[DONE]" };

    public string? Id { get; set; }

    public string? Object { get; set; }

    public long? Created { get; set; }

    public string? Model { get; set; }

    public List<ChatChoice>? Choices { get; set; }

    public ChatUsage? Usage { get; set; }

    /// <summary>An error reported inside a stream (OpenAI, vLLM, OpenRouter do this), in OpenAI's shape or close to it.</summary>
    public JsonElement? Error { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
