namespace Responses.Providers.Anthropic.Wire;

/// <summary>The request's <c>metadata</c> (only <c>user_id</c> exists).</summary>
internal sealed class AnthropicMetadata
{
    public string? UserId { get; set; }
}
