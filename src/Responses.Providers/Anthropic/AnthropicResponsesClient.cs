using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Responses.Providers.Anthropic.Wire;
using Responses.Providers.Http;
using Responses.Providers.Streaming;

namespace Responses.Providers.Anthropic;

/// <summary>
/// An <see cref="IResponsesClient"/> for Anthropic's Messages API (<c>POST /v1/messages</c>). Requests are mapped by
/// <see cref="AnthropicRequestMapper"/>; answers, streamed or not, go through one event mapper into the shared
/// <see cref="ResponseWriter"/>. Anthropic keeps no responses, so get, delete, cancel and input items fail with a
/// clear error (a store middleware adds them). On Anthropic's own API it is also an <see cref="IInputTokenCounter"/>
/// (<c>POST /v1/messages/count_tokens</c>, with the same request translation).
/// </summary>
public sealed class AnthropicResponsesClient : StatelessProviderClient, IInputTokenCounter
{
    private readonly AnthropicResponsesClientOptions _options;
    private readonly AnthropicRequestMapper _mapper;
    private readonly AnthropicTransport _transport;

    /// <summary>Initializes a client.</summary>
    /// <param name="options">The settings.</param>
    /// <param name="httpClient">The HTTP client to use (for example from <c>IHttpClientFactory</c>); when <see langword="null"/> the client makes and owns one.</param>
    public AnthropicResponsesClient(AnthropicResponsesClientOptions options, HttpClient? httpClient = null)
        : this(options, httpClient, new AnthropicDirectTransport(options ?? throw new ArgumentNullException(nameof(options))))
    {
    }

    /// <summary>Initializes a client that reaches Claude through another host (Bedrock…) with the same translation.</summary>
    internal AnthropicResponsesClient(AnthropicResponsesClientOptions options, HttpClient? httpClient, AnthropicTransport transport)
        : base(options, httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _transport = transport;
        _mapper = new AnthropicRequestMapper(options);
        Metadata = new ResponsesClientMetadata(options.ProviderName, transport.BaseAddress, options.DefaultModel);
    }

    /// <inheritdoc />
    protected override string ProviderDisplayName => "Anthropic";

    /// <inheritdoc />
    public override async Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        AnthropicMappedRequest mapped = _mapper.Map(request, stream: false);
        using HttpRequestMessage message = await _transport.CreateRequestAsync(mapped, stream: false, cancellationToken).ConfigureAwait(false);
        using HttpResponseMessage response = await SendAsync(message, streaming: false, cancellationToken).ConfigureAwait(false);
        AnthropicMessage body = await ReadBodyAsync(response, AnthropicJson.Message, "message", cancellationToken).ConfigureAwait(false);
        var events = new AnthropicEventMapper(m => AnthropicResponseShell.Create(request, mapped, m), emitEvents: false);
        return events.MapMessage(body);
    }

    /// <inheritdoc />
    public async Task<InputTokenCountResult> CountInputTokensAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        AnthropicMappedRequest mapped = _mapper.Map(request, stream: false);
        if (!_transport.CanCountTokens)
        {
            throw new NotSupportedException($"{_options.ProviderName}: this host of Claude offers no token counting API.");
        }

        using HttpRequestMessage message = await _transport.CreateCountTokensRequestAsync(mapped, cancellationToken).ConfigureAwait(false);
        using HttpResponseMessage response = await SendAsync(message, streaming: false, cancellationToken).ConfigureAwait(false);
        AnthropicUsage counted = await ReadBodyAsync(response, AnthropicJson.CountTokensResult, "token count", cancellationToken).ConfigureAwait(false);
        return new InputTokenCountResult
        {
            InputTokens = counted.InputTokens ?? throw InvalidBody(response, "token count", "input_tokens is missing", null),
        };
    }

    /// <inheritdoc />
    public override object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(IInputTokenCounter) && !_transport.CanCountTokens ? null : base.GetService(serviceType, serviceKey);

    /// <inheritdoc />
    public override IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Mapping errors (orphaned tool calls, unsupported parts…) are thrown here, before enumeration starts.
        AnthropicMappedRequest mapped = _mapper.Map(request, stream: true);
        return StreamAsync(request, mapped, cancellationToken);
    }

    private async IAsyncEnumerable<ResponseStreamEvent> StreamAsync(CreateResponseRequest request, AnthropicMappedRequest mapped, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using HttpRequestMessage message = await _transport.CreateRequestAsync(mapped, stream: true, cancellationToken).ConfigureAwait(false);

        // Disposing the response (when the caller stops or cancels) closes the upstream connection.
        using HttpResponseMessage response = await SendAsync(message, streaming: true, cancellationToken).ConfigureAwait(false);
        string? requestId = ProviderHttp.GetRequestId(response);
        Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var mapper = new AnthropicEventMapper(m => AnthropicResponseShell.Create(request, mapped, m), emitEvents: true);
            await foreach (SseRead<AnthropicStreamEvent> read in _transport.ReadEventsAsync(stream, cancellationToken).ConfigureAwait(false))
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

    private IReadOnlyList<ResponseStreamEvent> CloseBrokenStream(AnthropicEventMapper mapper, Exception? failure, string? requestId) =>
        CloseBrokenStream(mapper.Writer, failure, "message_stop", mapper.HasStopReason, mapper.Finish, requestId);

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage message, bool streaming, CancellationToken cancellationToken) =>
        ProviderHttp.SendAsync(HttpClient, message, streaming, _options.ProviderName, _transport.MapError, cancellationToken);

    private async Task<T> ReadBodyAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, string what, CancellationToken cancellationToken)
    {
        Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonSerializer.DeserializeAsync(stream, type, cancellationToken).ConfigureAwait(false)
                    ?? throw new JsonException("The body was null.");
            }
            catch (JsonException ex)
            {
                throw InvalidBody(response, what, ex.Message, ex);
            }
        }
    }

    private ResponsesException InvalidBody(HttpResponseMessage response, string what, string reason, Exception? inner) =>
        new($"{_options.ProviderName}: the response body is not a valid {what}: {reason}", 502, new ApiError { Type = ResponsesErrorTypes.Server, Code = "invalid_upstream_response" }, inner)
        {
            ProviderName = _options.ProviderName,
            RequestId = ProviderHttp.GetRequestId(response),
        };
}
