using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Providers.Bedrock.EventStream;
using Responses.Providers.Bedrock.Wire;
using Responses.Providers.Http;
using Responses.Providers.Streaming;

namespace Responses.Providers.Bedrock;

/// <summary>
/// An <see cref="IResponsesClient"/> for the Amazon Bedrock Converse API (<c>POST /model/{modelId}/converse</c> and
/// <c>/converse-stream</c>, an <c>application/vnd.amazon.eventstream</c> answer). Requests are signed with SigV4 (the
/// AWS credential chain) or carry a Bedrock API key. Answers, streamed or not, go through one event mapper into the
/// shared <see cref="ResponseWriter"/>. Bedrock keeps no responses, so get, delete, cancel and input items fail with
/// a clear error (a store middleware adds them).
/// </summary>
public sealed class BedrockResponsesClient : StatelessProviderClient, IInputTokenCounter
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    private readonly BedrockResponsesClientOptions _options;
    // The members of ConverseTokensRequest (inference settings, guardrails and metadata are not counted).
    private static readonly string[] CountedFields = ["messages", "system", "toolConfig", "additionalModelRequestFields"];

    private readonly BedrockRequestMapper _mapper;
    private readonly BedrockRequestSigner _signer;
    private readonly Uri _baseUri;

    /// <summary>Initializes a client.</summary>
    /// <param name="options">The settings.</param>
    /// <param name="httpClient">The HTTP client to use (for example from <c>IHttpClientFactory</c>); when <see langword="null"/> the client makes and owns one.</param>
    public BedrockResponsesClient(BedrockResponsesClientOptions options, HttpClient? httpClient = null)
        : base(options, httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        string endpoint = options.ResolveEndpoint().ToString();
        _baseUri = new Uri(endpoint.EndsWith('/') ? endpoint : endpoint + "/");
        _mapper = new BedrockRequestMapper(options);
        _signer = new BedrockRequestSigner(options);
        Metadata = new ResponsesClientMetadata(options.ProviderName, _baseUri, options.DefaultModel);
    }

    /// <summary>The URI of a model operation: <c>{endpoint}/model/{escaped model id}/{operation}</c>.</summary>
    /// <param name="baseUri">The endpoint, ending with a slash.</param>
    /// <param name="model">The model id, inference profile id or ARN (escaped here: <c>:</c> and <c>/</c> included).</param>
    /// <param name="operation"><c>converse</c>, <c>converse-stream</c>, <c>invoke</c> or <c>invoke-with-response-stream</c>.</param>
    /// <returns>The URI.</returns>
    public static Uri ModelUri(Uri baseUri, string model, string operation)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        return new Uri(baseUri, $"model/{Uri.EscapeDataString(model)}/{operation}");
    }

    /// <inheritdoc />
    protected override string ProviderDisplayName => "Bedrock";

    /// <inheritdoc />
    /// <remarks>
    /// <c>POST /model/{modelId}/count-tokens</c> with the Converse translation as <c>input.converse</c> (messages, system,
    /// toolConfig, additionalModelRequestFields); answered with <c>inputTokens</c>.
    /// </remarks>
    public async Task<InputTokenCountResult> CountInputTokensAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        (string model, BedrockConverseRequest body) = _mapper.Map(request);
        JsonObject converse = JsonSerializer.SerializeToNode(body, BedrockJson.Request)!.AsObject();
        var counted = new JsonObject();
        foreach (string field in CountedFields)
        {
            if (converse[field] is { } value)
            {
                counted[field] = value.DeepClone();
            }
        }

        byte[] bytes = JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["input"] = new JsonObject { ["converse"] = counted } }, BedrockJson.JsonObject);
        using HttpRequestMessage message = await CreateMessageAsync(model, bytes, "count-tokens", cancellationToken).ConfigureAwait(false);
        using HttpResponseMessage response = await SendAsync(message, streaming: false, cancellationToken).ConfigureAwait(false);
        string text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        long? tokens = null;
        try
        {
            tokens = JsonSerializer.Deserialize(text, BedrockJson.JsonObject)?["inputTokens"]?.GetValue<long>();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            // Reported below as an invalid answer.
        }

        return new InputTokenCountResult
        {
            InputTokens = tokens ?? throw new ResponsesException($"{_options.ProviderName}: the response body is not a valid CountTokens answer (inputTokens is missing).", 502, new ApiError { Type = ResponsesErrorTypes.Server, Code = "invalid_upstream_response" })
            {
                ProviderName = _options.ProviderName,
                RequestId = ProviderHttp.GetRequestId(response),
            },
        };
    }

    /// <inheritdoc />
    public override async Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        (string model, BedrockConverseRequest body) = _mapper.Map(request);
        using HttpRequestMessage message = await CreateMessageAsync(model, body, "converse", cancellationToken).ConfigureAwait(false);
        using HttpResponseMessage response = await SendAsync(message, streaming: false, cancellationToken).ConfigureAwait(false);
        BedrockConverseResponse answer = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        var events = new BedrockEventMapper(() => BedrockResponseShell.Create(request, model, body.InferenceConfig?.MaxTokens), emitEvents: false);
        return events.MapResponse(answer);
    }

    /// <inheritdoc />
    public override IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Mapping errors (orphaned tool calls, unsupported parts…) are thrown here, before enumeration starts.
        (string model, BedrockConverseRequest body) = _mapper.Map(request);
        return StreamAsync(request, model, body, cancellationToken);
    }

    private async IAsyncEnumerable<ResponseStreamEvent> StreamAsync(CreateResponseRequest request, string model, BedrockConverseRequest body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using HttpRequestMessage message = await CreateMessageAsync(model, body, "converse-stream", cancellationToken).ConfigureAwait(false);
        message.Headers.Accept.ParseAdd("application/vnd.amazon.eventstream");

        // Disposing the response (when the caller stops or cancels) closes the upstream connection.
        using HttpResponseMessage response = await SendAsync(message, streaming: true, cancellationToken).ConfigureAwait(false);
        string? requestId = ProviderHttp.GetRequestId(response);
        Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var mapper = new BedrockEventMapper(() => BedrockResponseShell.Create(request, model, body.InferenceConfig?.MaxTokens), emitEvents: true);
            IAsyncEnumerator<EventStreamMessage> messages = EventStreamReader.ReadAsync(stream, cancellationToken).GetAsyncEnumerator(cancellationToken);
            await using (messages.ConfigureAwait(false))
            {
                while (true)
                {
                    EventStreamMessage? next = null;
                    BedrockStreamEvent? payload = null;
                    Exception? failure = null;
                    try
                    {
                        if (await messages.MoveNextAsync().ConfigureAwait(false))
                        {
                            next = messages.Current;
                            if (next.MessageType is null or "event")
                            {
                                payload = next.Payload.IsEmpty ? new BedrockStreamEvent() : JsonSerializer.Deserialize(next.Payload.Span, BedrockJson.StreamEvent) ?? new BedrockStreamEvent();
                            }
                        }
                    }
                    catch (Exception ex) when (ex is EventStreamFormatException or JsonException or IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
                    {
                        failure = ex;
                    }

                    if (next is null)
                    {
                        foreach (ResponseStreamEvent closing in CloseBrokenStream(mapper, failure, requestId))
                        {
                            yield return closing;
                        }

                        yield break;
                    }

                    if (payload is null)
                    {
                        foreach (ResponseStreamEvent closing in FailStream(mapper, next, requestId))
                        {
                            yield return closing;
                        }

                        yield break;
                    }

                    mapper.Handle(next.EventType ?? string.Empty, payload);
                    while (mapper.Writer?.TryTakeEvent(out ResponseStreamEvent mappedEvent) == true)
                    {
                        yield return mappedEvent;
                    }
                }
            }
        }
    }

    // An exception message: before anything was sent it is thrown (retry and fallback can still act), after it
    // ends the stream with response.failed.
    private IReadOnlyList<ResponseStreamEvent> FailStream(BedrockEventMapper mapper, EventStreamMessage exception, string? requestId)
    {
        string? type = exception.ExceptionType ?? exception.ErrorCode;
        ReadOnlySpan<byte> payload = BedrockErrorMapper.PayloadOf(exception);
        if (mapper.Writer is not { HasWrittenEvents: true } writer)
        {
            throw BedrockErrorMapper.FromStreamException(_options.ProviderName, type, payload, requestId);
        }

        writer.Fail(BedrockErrorMapper.FailureCode(type), BedrockErrorMapper.FailureMessage(_options.ProviderName, type, payload));
        return writer.TakeEvents();
    }

    // Damaged framing or JSON will not get better by itself; a cut connection may.
    private IReadOnlyList<ResponseStreamEvent> CloseBrokenStream(BedrockEventMapper mapper, Exception? failure, string? requestId) =>
        CloseBrokenStream(mapper.Writer, failure, "messageStop", mapper.StopReason is not null, mapper.Finish, requestId, retriable: failure is not EventStreamFormatException);

    private Task<HttpRequestMessage> CreateMessageAsync(string model, BedrockConverseRequest body, string operation, CancellationToken cancellationToken) =>
        CreateMessageAsync(model, JsonSerializer.SerializeToUtf8Bytes(body, BedrockJson.Request), operation, cancellationToken);

    private async Task<HttpRequestMessage> CreateMessageAsync(string model, byte[] bytes, string operation, CancellationToken cancellationToken)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, ModelUri(_baseUri, model, operation))
        {
            Content = new ByteArrayContent(bytes) { Headers = { ContentType = JsonMediaType } },
        };
        foreach (KeyValuePair<string, string> header in _options.Headers)
        {
            message.Headers.Remove(header.Key);
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        await _signer.AuthenticateAsync(message, bytes, cancellationToken).ConfigureAwait(false);
        return message;
    }

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage message, bool streaming, CancellationToken cancellationToken) =>
        ProviderHttp.SendAsync(HttpClient, message, streaming, _options.ProviderName, BedrockErrorMapper.Map, cancellationToken);

    private async Task<BedrockConverseResponse> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonSerializer.DeserializeAsync(stream, BedrockJson.Response, cancellationToken).ConfigureAwait(false)
                    ?? throw new JsonException("The body was null.");
            }
            catch (JsonException ex)
            {
                throw new ResponsesException($"{_options.ProviderName}: the response body is not a valid Converse answer: {ex.Message}", 502, new ApiError { Type = ResponsesErrorTypes.Server, Code = "invalid_upstream_response" }, ex)
                {
                    ProviderName = _options.ProviderName,
                    RequestId = ProviderHttp.GetRequestId(response),
                };
            }
        }
    }

}
