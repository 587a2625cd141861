using System.Text;
using System.Text.Json.Serialization;

namespace Responses;

/// <summary>A model response: its status, output items, usage and the request settings it echoes.</summary>
public sealed class Response : WireObject
{
    /// <summary>The unique id, <c>resp_…</c>.</summary>
    [WireRequired]
    public string? Id { get; set; }

    /// <summary>Always <c>response</c>.</summary>
    [WireRequired]
    public string Object { get; set; } = "response";

    /// <summary>Creation time, in Unix seconds.</summary>
    [WireRequired]
    public long CreatedAt { get; set; }

    /// <summary>The status: <c>completed</c>, <c>failed</c>, <c>in_progress</c>, <c>cancelled</c>, <c>queued</c> or <c>incomplete</c>.</summary>
    public ResponseStatus? Status { get; set; }

    /// <summary>Completion time, in Unix seconds, when completed.</summary>
    [WireRequired]
    public long? CompletedAt { get; set; }

    /// <summary>The error, when the response failed.</summary>
    [WireRequired]
    public ResponseError? Error { get; set; }

    /// <summary>Why the response is incomplete, when it is.</summary>
    [WireRequired]
    public IncompleteDetails? IncompleteDetails { get; set; }

    /// <summary>The system (or developer) instructions the response was made with: a string or a list of items.</summary>
    [WireRequired]
    public ResponseInstructions? Instructions { get; set; }

    /// <summary>The model that made the response.</summary>
    [WireRequired]
    public string? Model { get; set; }

    /// <summary>The output items, in order.</summary>
    [WireRequired]
    public IList<ResponseItem> Output { get; set; } = [];

    /// <summary>Token usage.</summary>
    [WireRequired]
    public ResponseUsage? Usage { get; set; }

    /// <summary>Up to 16 key-value pairs attached to the response.</summary>
    [WireRequired]
    public IDictionary<string, string>? Metadata { get; set; }

    /// <summary>The tools the model could call.</summary>
    [WireRequired]
    public IList<ResponseTool> Tools { get; set; } = [];

    /// <summary>How the model could pick tools.</summary>
    [WireRequired]
    public ToolChoice? ToolChoice { get; set; }

    /// <summary>Whether the model could call tools in parallel.</summary>
    [WireRequired]
    public bool? ParallelToolCalls { get; set; }

    /// <summary>The maximum number of built-in tool calls.</summary>
    [WireRequired]
    public int? MaxToolCalls { get; set; }

    /// <summary>The sampling temperature.</summary>
    [WireRequired]
    public double? Temperature { get; set; }

    /// <summary>The nucleus sampling probability mass.</summary>
    [WireRequired]
    public double? TopP { get; set; }

    /// <summary>The number of most likely tokens returned with log probabilities at each position.</summary>
    public int? TopLogprobs { get; set; }

    /// <summary>The presence penalty (Open Responses).</summary>
    public double? PresencePenalty { get; set; }

    /// <summary>The frequency penalty (Open Responses).</summary>
    public double? FrequencyPenalty { get; set; }

    /// <summary>The upper bound on generated tokens, including reasoning tokens.</summary>
    [WireRequired]
    public int? MaxOutputTokens { get; set; }

    /// <summary>The text output options: format and verbosity.</summary>
    public ResponseTextOptions? Text { get; set; }

    /// <summary>The reasoning options.</summary>
    [WireRequired]
    public ReasoningOptions? Reasoning { get; set; }

    /// <summary>The id of the response this one continues.</summary>
    [WireRequired]
    public string? PreviousResponseId { get; set; }

    /// <summary>The conversation the response belongs to.</summary>
    public ConversationReference? Conversation { get; set; }

    /// <summary>The stored prompt template and variables the response was made with.</summary>
    public ResponsePrompt? Prompt { get; set; }

    /// <summary>Whether the response ran in the background.</summary>
    public bool? Background { get; set; }

    /// <summary>Whether the response is stored (Open Responses).</summary>
    public bool? Store { get; set; }

    /// <summary>The processing tier actually used.</summary>
    public ServiceTier? ServiceTier { get; set; }

    /// <summary>The truncation strategy: <c>auto</c> or <c>disabled</c>.</summary>
    public ResponseTruncation? Truncation { get; set; }

    /// <summary>Deprecated end-user identifier (see <see cref="SafetyIdentifier"/>).</summary>
    public string? User { get; set; }

    /// <summary>The stable, hashed identifier of the end user.</summary>
    [WireRequired]
    public string? SafetyIdentifier { get; set; }

    /// <summary>The key that groups similar requests for prompt caching.</summary>
    [WireRequired]
    public string? PromptCacheKey { get; set; }

    /// <summary>Deprecated: how long cached prefixes are kept, <c>in_memory</c> or <c>24h</c>.</summary>
    public string? PromptCacheRetention { get; set; }

    /// <summary>The prompt caching options.</summary>
    public PromptCacheOptions? PromptCacheOptions { get; set; }

    /// <summary>The moderation results of the input and output.</summary>
    public ResponseModeration? Moderation { get; set; }

    /// <summary>
    /// The <c>output_text</c> property when the JSON carried one. The API does not send it (it is an SDK
    /// convenience that some SDKs add to the object); it is kept so such JSON round-trips. Use
    /// <see cref="OutputText"/> for the text of the output.
    /// </summary>
    [JsonPropertyName("output_text")]
    public string? WireOutputText { get; set; }

    /// <summary>
    /// The concatenated text of every <c>output_text</c> part of the output messages (the SDKs'
    /// <c>output_text</c> convenience), computed from <see cref="Output"/>. Not written to JSON.
    /// </summary>
    [JsonIgnore]
    public string OutputText
    {
        get
        {
            var builder = new StringBuilder();
            foreach (ResponseItem item in Output)
            {
                if (item is MessageItem { Content.Parts: { } parts })
                {
                    foreach (ContentPart part in parts)
                    {
                        if (part is OutputTextPart { Text: { } text })
                        {
                            builder.Append(text);
                        }
                    }
                }
            }

            return builder.ToString();
        }
    }
}
