namespace Responses.Providers.Anthropic.Wire;

/// <summary>One turn of the request's <c>messages</c>.</summary>
internal sealed class AnthropicMessageParam
{
    public string Role { get; set; } = "user";

    public List<AnthropicContentBlock> Content { get; set; } = [];
}
