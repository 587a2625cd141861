using System.Text.Json;

namespace Responses;

/// <summary>The body of <c>POST /v1/responses</c>: everything that shapes a response.</summary>
public sealed class CreateResponseRequest : WireObject
{
    /// <summary>The model id, for example <c>gpt-5.4</c> or a deployment name.</summary>
    public string? Model { get; set; }

    /// <summary>The input: a string (one user message) or a list of items.</summary>
    public ResponseInput? Input { get; set; }

    /// <summary>System (or developer) instructions inserted before the input; not carried over by <see cref="PreviousResponseId"/>.</summary>
    public string? Instructions { get; set; }

    /// <summary>The tools the model may call.</summary>
    public IList<ResponseTool>? Tools { get; set; }

    /// <summary>How the model picks tools: <c>none</c>, <c>auto</c>, <c>required</c> or a specific tool.</summary>
    public ToolChoice? ToolChoice { get; set; }

    /// <summary>Whether the model may call tools in parallel (default <see langword="true"/>).</summary>
    public bool? ParallelToolCalls { get; set; }

    /// <summary>The maximum number of built-in tool calls in the response.</summary>
    public int? MaxToolCalls { get; set; }

    /// <summary>Options of text output: its format (plain text or structured JSON) and verbosity.</summary>
    public ResponseTextOptions? Text { get; set; }

    /// <summary>Options of reasoning models: effort and summaries.</summary>
    public ReasoningOptions? Reasoning { get; set; }

    /// <summary>Additional output data to return (see <see cref="ResponseIncludes"/>).</summary>
    public IList<string>? Include { get; set; }

    /// <summary>Whether to stream the response as server-sent events.</summary>
    public bool? Stream { get; set; }

    /// <summary>Options of streamed responses (only with <see cref="Stream"/>).</summary>
    public ResponseStreamOptions? StreamOptions { get; set; }

    /// <summary>Whether to store the response for later retrieval (default <see langword="true"/>).</summary>
    public bool? Store { get; set; }

    /// <summary>Whether to run the response in the background.</summary>
    public bool? Background { get; set; }

    /// <summary>The id of the response this one continues (not together with a conversation).</summary>
    public string? PreviousResponseId { get; set; }

    /// <summary>The conversation the response belongs to; its items are prepended to the input and the new items added to it.</summary>
    public ConversationReference? Conversation { get; set; }

    /// <summary>A stored prompt template and its variables.</summary>
    public ResponsePrompt? Prompt { get; set; }

    /// <summary>Up to 16 key-value pairs attached to the response.</summary>
    public IDictionary<string, string>? Metadata { get; set; }

    /// <summary>An upper bound on generated tokens, including reasoning tokens.</summary>
    public int? MaxOutputTokens { get; set; }

    /// <summary>Sampling temperature, 0 to 2.</summary>
    public double? Temperature { get; set; }

    /// <summary>Nucleus sampling probability mass, 0 to 1.</summary>
    public double? TopP { get; set; }

    /// <summary>The number of most likely tokens (0 to 20) returned with log probabilities at each position.</summary>
    public int? TopLogprobs { get; set; }

    /// <summary>Penalizes tokens that already appeared, to encourage new topics (Open Responses).</summary>
    public double? PresencePenalty { get; set; }

    /// <summary>Penalizes tokens by how often they appeared, to reduce repetition (Open Responses).</summary>
    public double? FrequencyPenalty { get; set; }

    /// <summary>The truncation strategy: <c>auto</c> or <c>disabled</c> (the default).</summary>
    public ResponseTruncation? Truncation { get; set; }

    /// <summary>The processing tier: <c>auto</c>, <c>default</c>, <c>flex</c>, <c>priority</c>…</summary>
    public ServiceTier? ServiceTier { get; set; }

    /// <summary>Deprecated: use <see cref="SafetyIdentifier"/> and <see cref="PromptCacheKey"/>.</summary>
    public string? User { get; set; }

    /// <summary>A stable, hashed identifier of the end user, for abuse detection.</summary>
    public string? SafetyIdentifier { get; set; }

    /// <summary>A key that groups similar requests to improve prompt cache hits.</summary>
    public string? PromptCacheKey { get; set; }

    /// <summary>Deprecated: how long cached prefixes are kept, <c>in_memory</c> or <c>24h</c>.</summary>
    public string? PromptCacheRetention { get; set; }

    /// <summary>Prompt caching options.</summary>
    public PromptCacheOptions? PromptCacheOptions { get; set; }

    /// <summary>Context management settings, such as server-side compaction.</summary>
    public IList<ContextManagement>? ContextManagement { get; set; }

    /// <summary>Moderation of the input and output.</summary>
    public ModerationOptions? Moderation { get; set; }

    /// <summary>Server-hosted multi-agent execution (beta).</summary>
    public MultiAgentOptions? MultiAgent { get; set; }

    /// <summary>
    /// Creates a shallow copy: a new request with new top-level collections (<see cref="Tools"/>,
    /// <see cref="Include"/>, <see cref="Metadata"/>, <see cref="ContextManagement"/>, the item list of
    /// <see cref="Input"/> and <see cref="WireObject.AdditionalProperties"/>) holding the same elements,
    /// so adding or removing tools, items or properties on the copy leaves this request unchanged.
    /// </summary>
    /// <returns>The copy.</returns>
    public CreateResponseRequest Clone()
    {
        var copy = (CreateResponseRequest)ShallowClone();

        if (Input?.Items is { } items)
        {
            copy.Input = new ResponseInput(new List<ResponseItem>(items));
        }

        if (Tools is { } tools)
        {
            copy.Tools = new List<ResponseTool>(tools);
        }

        if (Include is { } include)
        {
            copy.Include = new List<string>(include);
        }

        if (Metadata is { } metadata)
        {
            copy.Metadata = new Dictionary<string, string>(metadata, StringComparer.Ordinal);
        }

        if (ContextManagement is { } contextManagement)
        {
            copy.ContextManagement = new List<ContextManagement>(contextManagement);
        }

        return copy;
    }
}
