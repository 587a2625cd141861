using System.Text.Json.Serialization;

namespace Responses.Providers.ChatCompletions.Wire;

/// <summary>A choice: <see cref="Message"/> in a body, <see cref="Delta"/> in a stream chunk.</summary>
internal sealed class ChatChoice
{
    public int Index { get; set; }

    public ChatMessage? Message { get; set; }

    public ChatMessage? Delta { get; set; }

    // Required (nullable) in bodies and chunks alike: written as null when the gateway serves chat completions.
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? FinishReason { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public ChatLogprobs? Logprobs { get; set; }
}
