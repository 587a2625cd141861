namespace Responses;

/// <summary>The result of <c>POST /v1/responses/input_tokens</c>.</summary>
public sealed class InputTokenCountResult : WireObject
{
    /// <summary>Always <c>response.input_tokens</c>.</summary>
    [WireRequired]
    public string Object { get; set; } = "response.input_tokens";

    /// <summary>The number of input tokens.</summary>
    public long InputTokens { get; set; }
}
