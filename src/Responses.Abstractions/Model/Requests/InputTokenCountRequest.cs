namespace Responses;

/// <summary>The body of <c>POST /v1/responses/input_tokens</c>: a request whose input tokens are counted without creating a response.</summary>
public sealed class InputTokenCountRequest : WireObject
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

    /// <summary>Options of text output: its format (plain text or structured JSON) and verbosity.</summary>
    public ResponseTextOptions? Text { get; set; }

    /// <summary>Options of reasoning models: effort and summaries.</summary>
    public ReasoningOptions? Reasoning { get; set; }

    /// <summary>The truncation strategy: <c>auto</c> or <c>disabled</c> (the default).</summary>
    public ResponseTruncation? Truncation { get; set; }

    /// <summary>The id of the response this one continues (not together with a conversation).</summary>
    public string? PreviousResponseId { get; set; }

    /// <summary>The conversation the response belongs to; its items are prepended to the input and the new items added to it.</summary>
    public ConversationReference? Conversation { get; set; }

    /// <summary>The personality of the model, for example <c>friendly</c> or <c>pragmatic</c>.</summary>
    public string? Personality { get; set; }
}
