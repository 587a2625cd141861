namespace Responses.Providers.Anthropic.Wire;

/// <summary>An error body: <c>{"type":"error","error":{"type","message"},"request_id"}</c>.</summary>
internal sealed class AnthropicErrorBody
{
    public string? Type { get; set; }

    public AnthropicError? Error { get; set; }

    public string? RequestId { get; set; }
}
