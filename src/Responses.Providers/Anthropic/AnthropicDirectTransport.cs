using System.Net.Http.Headers;
using System.Net.Http.Json;
using Responses.Providers.Anthropic.Wire;
using Responses.Providers.Http;
using Responses.Providers.Streaming;

namespace Responses.Providers.Anthropic;

/// <summary>Anthropic's own API: <c>POST {endpoint}/v1/messages</c>, <c>x-api-key</c>, <c>anthropic-version</c>/<c>anthropic-beta</c> headers, SSE answers.</summary>
internal sealed class AnthropicDirectTransport : AnthropicTransport
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private readonly AnthropicResponsesClientOptions _options;
    private readonly Uri _messagesUri;
    private readonly Uri _countTokensUri;

    public AnthropicDirectTransport(AnthropicResponsesClientOptions options)
    {
        _options = options;
        string endpoint = options.Endpoint.ToString();
        BaseAddress = new Uri(endpoint.EndsWith('/') ? endpoint : endpoint + "/");
        _messagesUri = new Uri(BaseAddress, "v1/messages");
        _countTokensUri = new Uri(BaseAddress, "v1/messages/count_tokens");
    }

    public override Uri BaseAddress { get; }

    public override ValueTask<HttpRequestMessage> CreateRequestAsync(AnthropicMappedRequest mapped, bool stream, CancellationToken cancellationToken)
    {
        HttpRequestMessage message = CreateMessage(_messagesUri, mapped);
        if (stream)
        {
            message.Headers.Accept.ParseAdd("text/event-stream");
        }

        message.Content = JsonContent.Create(mapped.Body, AnthropicJson.Request, JsonMediaType);
        return ValueTask.FromResult(message);
    }

    public override bool CanCountTokens => true;

    public override ValueTask<HttpRequestMessage> CreateCountTokensRequestAsync(AnthropicMappedRequest mapped, CancellationToken cancellationToken)
    {
        HttpRequestMessage message = CreateMessage(_countTokensUri, mapped);
        message.Content = JsonContent.Create(AnthropicCountTokensRequest.From(mapped.Body), AnthropicJson.CountTokensRequest, JsonMediaType);
        return ValueTask.FromResult(message);
    }

    private HttpRequestMessage CreateMessage(Uri uri, AnthropicMappedRequest mapped)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, uri);
        if (_options.ApiKey is { Length: > 0 } key)
        {
            message.Headers.TryAddWithoutValidation("x-api-key", key);
        }

        message.Headers.TryAddWithoutValidation("anthropic-version", _options.ApiVersion);
        AddBetaHeader(message, _options.Betas, mapped.Betas);

        foreach (KeyValuePair<string, string> header in _options.Headers)
        {
            message.Headers.Remove(header.Key);
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return message;
    }

    public override IAsyncEnumerable<SseRead<AnthropicStreamEvent>> ReadEventsAsync(Stream body, CancellationToken cancellationToken) =>
        ReadSseAsync(body, cancellationToken);

    public override ResponsesException MapError(ProviderErrorContext context) => AnthropicErrorMapper.Map(context);
}
