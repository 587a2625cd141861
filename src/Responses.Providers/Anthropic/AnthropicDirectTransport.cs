using Responses.Providers.Anthropic.Wire;
using Responses.Providers.Http;

namespace Responses.Providers.Anthropic;

/// <summary>Anthropic's own API: <c>POST {endpoint}/v1/messages</c> with <c>x-api-key</c> and <c>anthropic-version</c>.</summary>
internal sealed class AnthropicDirectTransport : IAnthropicTransport
{
    private readonly AnthropicResponsesClientOptions _options;
    private readonly Uri _messagesUri;

    public AnthropicDirectTransport(AnthropicResponsesClientOptions options, Uri messagesUri)
    {
        _options = options;
        _messagesUri = messagesUri;
    }

    public Uri? BaseUri => null;

    public Uri MessagesUri(string model, bool streaming) => _messagesUri;

    public ValueTask PrepareAsync(HttpRequestMessage message, AnthropicMessagesRequest body, CancellationToken cancellationToken)
    {
        if (_options.ApiKey is { Length: > 0 } key)
        {
            message.Headers.TryAddWithoutValidation("x-api-key", key);
        }

        message.Headers.TryAddWithoutValidation("anthropic-version", _options.ApiVersion);
        return ValueTask.CompletedTask;
    }

    public ResponsesException MapError(ProviderErrorContext context) => AnthropicErrorMapper.Map(context);
}
