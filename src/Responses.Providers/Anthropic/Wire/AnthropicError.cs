namespace Responses.Providers.Anthropic.Wire;

/// <summary>The <c>error</c> object of an error body or a stream <c>error</c> event.</summary>
internal sealed class AnthropicError
{
    public string? Type { get; set; }

    public string? Message { get; set; }
}
