using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Responses.Providers.Anthropic.Wire;
using Responses.Providers.Http;
using Responses.Providers.Streaming;

namespace Responses.Providers.Anthropic;

/// <summary>
/// An <see cref="IResponsesClient"/> for Anthropic's Messages API (<c>POST /v1/messages</c>). Requests are mapped by
/// <see cref="AnthropicRequestMapper"/>; answers, streamed or not, go through one event mapper into the shared
/// <see cref="ResponseWriter"/>. Anthropic keeps no responses, so get, delete, cancel and input items fail with a
/// clear error (a store middleware adds them).
/// </summary>
public sealed class AnthropicResponsesClient : IResponsesClient
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _httpClient;
    private readonly bool _disposeHttpClient;
    private readonly AnthropicResponsesClientOptions _options;
    private readonly AnthropicRequestMapper _mapper;
    private readonly Uri _messagesUri;
    private readonly ResponsesClientMetadata _metadata;

    /// <summary>Initializes a client.</summary>
    /// <param name="options">The settings.</param>
    /// <param name="httpClient">The HTTP client to use (for example from <c>IHttpClientFactory</c>); when <see langword="null"/> the client makes and owns one.</param>
    public AnthropicResponsesClient(AnthropicResponsesClientOptions options, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _httpClient = httpClient ?? new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        _disposeHttpClient = httpClient is null;
        string endpoint = options.Endpoint.ToString();
        var baseUri = new Uri(endpoint.EndsWith('/') ? endpoint : endpoint + "/");
        _messagesUri = new Uri(baseUri, "v1/messages");
        _mapper = new AnthropicRequestMapper(options);
        _metadata = new ResponsesClientMetadata(options.ProviderName, baseUri, options.DefaultModel);
    }

    /// <inheritdoc />
    public async Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        AnthropicMappedRequest mapped = _mapper.Map(request, stream: false);
        using HttpRequestMessage message = CreateMessage(mapped);
        using HttpResponseMessage response = await SendAsync(message, streaming: false, cancellationToken).ConfigureAwait(false);
        AnthropicMessage body = await ReadMessageAsync(response, cancellationToken).ConfigureAwait(false);
        var events = new AnthropicEventMapper(m => AnthropicResponseShell.Create(request, mapped, m), emitEvents: false);
        return events.MapMessage(body);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Mapping errors (orphaned tool calls, unsupported parts…) are thrown here, before enumeration starts.
        AnthropicMappedRequest mapped = _mapper.Map(request, stream: true);
        return StreamAsync(request, mapped, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Response> GetResponseAsync(string responseId, GetResponseOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromException<Response>(Stateless(responseId, 404, "retrieved"));

    /// <inheritdoc />
    public IAsyncEnumerable<ResponseStreamEvent> GetResponseStreamingAsync(string responseId, GetResponseOptions? options = null, CancellationToken cancellationToken = default) =>
        throw Stateless(responseId, 404, "streamed again");

    /// <inheritdoc />
    public Task<DeleteResponseResult> DeleteResponseAsync(string responseId, CancellationToken cancellationToken = default) =>
        Task.FromException<DeleteResponseResult>(Stateless(responseId, 404, "deleted"));

    /// <inheritdoc />
    public Task<Response> CancelResponseAsync(string responseId, CancellationToken cancellationToken = default) =>
        Task.FromException<Response>(Stateless(responseId, 400, "cancelled (there are no background responses)"));

    /// <inheritdoc />
    public Task<ResponseItemList> ListInputItemsAsync(string responseId, ListInputItemsOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromException<ResponseItemList>(Stateless(responseId, 404, "listed"));

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        return serviceType == typeof(ResponsesClientMetadata) ? _metadata
            : serviceType == typeof(AnthropicResponsesClientOptions) ? _options
            : serviceType == typeof(HttpClient) ? _httpClient
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposeHttpClient)
        {
            _httpClient.Dispose();
        }
    }

    private async IAsyncEnumerable<ResponseStreamEvent> StreamAsync(CreateResponseRequest request, AnthropicMappedRequest mapped, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using HttpRequestMessage message = CreateMessage(mapped);
        message.Headers.Accept.ParseAdd("text/event-stream");

        // Disposing the response (when the caller stops or cancels) closes the upstream connection.
        using HttpResponseMessage response = await SendAsync(message, streaming: true, cancellationToken).ConfigureAwait(false);
        string? requestId = ProviderHttp.GetRequestId(response);
        Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var mapper = new AnthropicEventMapper(m => AnthropicResponseShell.Create(request, mapped, m), emitEvents: true);
            await foreach (SseRead<AnthropicStreamEvent> read in ProviderSseReader.ReadAsync<AnthropicStreamEvent>(stream, ParseEvent, cancellationToken).ConfigureAwait(false))
            {
                if (read.Event is not { } next)
                {
                    foreach (ResponseStreamEvent closing in CloseBrokenStream(mapper, read.Failure, requestId))
                    {
                        yield return closing;
                    }

                    yield break;
                }

                if (next.Type == "error")
                {
                    foreach (ResponseStreamEvent closing in FailStream(mapper, next.Error, requestId))
                    {
                        yield return closing;
                    }

                    yield break;
                }

                mapper.Handle(next);
                while (mapper.Writer?.TryTakeEvent(out ResponseStreamEvent mappedEvent) == true)
                {
                    yield return mappedEvent;
                }

                if (mapper.IsFinished)
                {
                    yield break;
                }
            }

            // The upstream ended before message_stop.
            foreach (ResponseStreamEvent closing in CloseBrokenStream(mapper, null, requestId))
            {
                yield return closing;
            }
        }
    }

    // An error event: before anything was sent it is thrown (retry and fallback can still act), after it
    // ends the stream with response.failed.
    private IReadOnlyList<ResponseStreamEvent> FailStream(AnthropicEventMapper mapper, AnthropicError? error, string? requestId)
    {
        if (mapper.Writer is not { HasWrittenEvents: true } writer)
        {
            throw AnthropicErrorMapper.FromStreamError(_options.ProviderName, error, requestId);
        }

        writer.Fail(AnthropicErrorMapper.FailureCode(error?.Type), AnthropicErrorMapper.FailureMessage(_options.ProviderName, error));
        return writer.TakeEvents();
    }

    // The stream ended (or broke) before message_stop. When the stop reason already came, the answer is whole
    // and only the closing event is missing; otherwise the response failed.
    private IReadOnlyList<ResponseStreamEvent> CloseBrokenStream(AnthropicEventMapper mapper, Exception? failure, string? requestId)
    {
        string reason = failure?.Message ?? "the stream ended before message_stop";
        string message = $"{_options.ProviderName}: the upstream stream broke: {reason}";
        if (mapper.Writer is not { HasWrittenEvents: true } writer)
        {
            throw new ResponsesException(message, 502, new ApiError { Type = ResponsesErrorTypes.Server, Code = "upstream_stream_error" }, failure)
            {
                ProviderName = _options.ProviderName,
                RequestId = requestId,
                IsRetriable = failure is not JsonException,
            };
        }

        if (failure is null && mapper.HasStopReason)
        {
            mapper.Finish();
        }
        else
        {
            writer.Fail("server_error", message);
        }

        return writer.TakeEvents();
    }

    private static AnthropicStreamEvent? ParseEvent(string eventType, ReadOnlySpan<byte> data) =>
        data.IsEmpty ? null : JsonSerializer.Deserialize(data, AnthropicJson.StreamEvent);

    private HttpRequestMessage CreateMessage(AnthropicMappedRequest mapped)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, _messagesUri);
        if (_options.ApiKey is { Length: > 0 } key)
        {
            message.Headers.TryAddWithoutValidation("x-api-key", key);
        }

        message.Headers.TryAddWithoutValidation("anthropic-version", _options.ApiVersion);
        var betas = new List<string>(_options.Betas);
        foreach (string beta in mapped.Betas)
        {
            if (!betas.Contains(beta, StringComparer.Ordinal))
            {
                betas.Add(beta);
            }
        }

        if (betas.Count > 0)
        {
            message.Headers.TryAddWithoutValidation("anthropic-beta", string.Join(",", betas));
        }

        foreach (KeyValuePair<string, string> header in _options.Headers)
        {
            message.Headers.Remove(header.Key);
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        message.Content = JsonContent.Create(mapped.Body, AnthropicJson.Request, JsonMediaType);
        return message;
    }

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage message, bool streaming, CancellationToken cancellationToken) =>
        ProviderHttp.SendAsync(_httpClient, message, streaming, _options.ProviderName, AnthropicErrorMapper.Map, cancellationToken);

    private async Task<AnthropicMessage> ReadMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonSerializer.DeserializeAsync(stream, AnthropicJson.Message, cancellationToken).ConfigureAwait(false)
                    ?? throw new JsonException("The body was null.");
            }
            catch (JsonException ex)
            {
                throw new ResponsesException($"{_options.ProviderName}: the response body is not a valid message: {ex.Message}", 502, new ApiError { Type = ResponsesErrorTypes.Server, Code = "invalid_upstream_response" }, ex)
                {
                    ProviderName = _options.ProviderName,
                    RequestId = ProviderHttp.GetRequestId(response),
                };
            }
        }
    }

    private ResponsesException Stateless(string responseId, int status, string action)
    {
        ArgumentException.ThrowIfNullOrEmpty(responseId);
        string message = $"{_options.ProviderName}: response '{responseId}' cannot be {action}: the Anthropic provider is stateless and stores no responses (add a response store to the pipeline).";
        string type = status == 404 ? ResponsesErrorTypes.NotFound : ResponsesErrorTypes.InvalidRequest;
        return new ResponsesException(message, status, new ApiError { Message = message, Type = type, Code = status == 404 ? "not_found" : "stateless_provider" })
        {
            ProviderName = _options.ProviderName,
            IsRetriable = false,
        };
    }
}
