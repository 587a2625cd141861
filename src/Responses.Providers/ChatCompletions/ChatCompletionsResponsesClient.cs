using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Responses.Providers.ChatCompletions.Wire;
using Responses.Providers.Http;
using Responses.Providers.OpenAI;
using Responses.Providers.Streaming;

namespace Responses.Providers.ChatCompletions;

/// <summary>
/// An <see cref="IResponsesClient"/> for any server with an OpenAI-compatible chat completions API
/// (<c>POST {Endpoint}/chat/completions</c>): vLLM, Ollama, Groq, Mistral, DeepSeek, Together, OpenRouter, xAI, Azure
/// OpenAI deployments… Requests are mapped by <see cref="ChatCompletionsRequestMapper"/>; answers, streamed or not, go
/// through one event mapper into the shared <see cref="ResponseWriter"/>. Chat completions keeps no responses, so get,
/// delete, cancel and input items fail with a clear error (a store middleware adds them).
/// </summary>
public sealed class ChatCompletionsResponsesClient : StatelessProviderClient
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private readonly ChatCompletionsResponsesClientOptions _options;
    private readonly ChatCompletionsRequestMapper _mapper;
    private readonly Uri _completionsUri;

    /// <summary>Initializes a client.</summary>
    /// <param name="options">The settings.</param>
    /// <param name="httpClient">The HTTP client to use (for example from <c>IHttpClientFactory</c>); when <see langword="null"/> the client makes and owns one.</param>
    public ChatCompletionsResponsesClient(ChatCompletionsResponsesClientOptions options, HttpClient? httpClient = null)
        : base(options, httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        string endpoint = options.Endpoint.ToString();
        var baseUri = new Uri(endpoint.EndsWith('/') ? endpoint : endpoint + "/");
        string query = string.Join("&", options.QueryParameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        string path = options.ChatCompletionsPath.TrimStart('/');
        _completionsUri = new Uri(baseUri, query.Length == 0 ? path : $"{path}?{query}");
        _mapper = new ChatCompletionsRequestMapper(options);
        Metadata = new ResponsesClientMetadata(options.ProviderName, baseUri, options.DefaultModel);
    }

    /// <summary>The URL requests are sent to (endpoint, path and query).</summary>
    public Uri CompletionsUri => _completionsUri;

    /// <inheritdoc />
    protected override string ProviderDisplayName => "chat completions";

    /// <inheritdoc />
    public override async Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ChatCompletionRequest body = _mapper.Map(request, stream: false);
        using HttpRequestMessage message = CreateMessage(body);
        using HttpResponseMessage response = await SendAsync(message, streaming: false, cancellationToken).ConfigureAwait(false);
        ChatCompletion completion = await ReadCompletionAsync(response, cancellationToken).ConfigureAwait(false);
        if (completion.Error is { ValueKind: JsonValueKind.Object or JsonValueKind.String } error)
        {
            // Some servers answer 200 with an error body.
            throw FromError(error, ProviderHttp.GetRequestId(response));
        }

        var mapper = new ChatCompletionsEventMapper(c => ChatCompletionsResponseShell.Create(request, body, c), emitEvents: false);
        return mapper.MapCompletion(completion);
    }

    /// <inheritdoc />
    public override IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Mapping errors are thrown here, before enumeration starts.
        ChatCompletionRequest body = _mapper.Map(request, stream: true);
        return StreamAsync(request, body, cancellationToken);
    }

    private async IAsyncEnumerable<ResponseStreamEvent> StreamAsync(CreateResponseRequest request, ChatCompletionRequest body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using HttpRequestMessage message = CreateMessage(body);
        message.Headers.Accept.ParseAdd("text/event-stream");

        // Disposing the response (when the caller stops or cancels) closes the upstream connection.
        using HttpResponseMessage response = await SendAsync(message, streaming: true, cancellationToken).ConfigureAwait(false);
        string? requestId = ProviderHttp.GetRequestId(response);
        Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var mapper = new ChatCompletionsEventMapper(c => ChatCompletionsResponseShell.Create(request, body, c), emitEvents: true);
            bool done = false;
            await foreach (SseRead<ChatCompletion> read in ProviderSseReader.ReadAsync<ChatCompletion>(stream, ParseChunk, cancellationToken).ConfigureAwait(false))
            {
                if (read.Event is not { } chunk)
                {
                    foreach (ResponseStreamEvent closing in CloseBrokenStream(mapper, read.Failure, requestId))
                    {
                        yield return closing;
                    }

                    yield break;
                }

                if (ReferenceEquals(chunk, ChatCompletion.Done))
                {
                    done = true;
                    break;
                }

                if (chunk.Error is { ValueKind: JsonValueKind.Object or JsonValueKind.String } error)
                {
                    foreach (ResponseStreamEvent closing in FailStream(mapper, error, requestId))
                    {
                        yield return closing;
                    }

                    yield break;
                }

                mapper.Handle(chunk);
                while (mapper.Writer?.TryTakeEvent(out ResponseStreamEvent mappedEvent) == true)
                {
                    yield return mappedEvent;
                }
            }

            // [DONE], or the end of the body. Without [DONE] or a finish reason the answer may be cut short.
            foreach (ResponseStreamEvent closing in done ? CloseStream(mapper, requestId) : CloseBrokenStream(mapper, null, requestId))
            {
                yield return closing;
            }
        }
    }

    private IReadOnlyList<ResponseStreamEvent> CloseStream(ChatCompletionsEventMapper mapper, string? requestId)
    {
        if (mapper.Writer is not { HasWrittenEvents: true } writer)
        {
            return CloseBrokenStream(mapper, null, requestId);
        }

        mapper.Finish();
        return writer.TakeEvents();
    }

    // An error chunk: before anything was sent it is thrown (retry and fallback can still act), after it ends the
    // stream with response.failed.
    private IReadOnlyList<ResponseStreamEvent> FailStream(ChatCompletionsEventMapper mapper, JsonElement error, string? requestId)
    {
        if (mapper.Writer is not { HasWrittenEvents: true } writer)
        {
            throw FromError(error, requestId);
        }

        ApiError? parsed = OpenAIErrorMapper.ParseError(error);
        int status = OpenAIErrorMapper.StatusOf(error, parsed);
        string code = status switch
        {
            429 => "rate_limit_exceeded",
            400 or 413 or 422 => "invalid_prompt",
            _ => "server_error",
        };
        string retry = ResponsesException.IsRetriableStatus(status) ? " (retriable: trying again may succeed)" : string.Empty;
        writer.Fail(code, $"{_options.ProviderName}: {parsed?.Type ?? "error"}: {parsed?.Message ?? "The stream reported an error."}{retry}");
        return writer.TakeEvents();
    }

    private ResponsesException FromError(JsonElement error, string? requestId)
    {
        ApiError parsed = OpenAIErrorMapper.ParseError(error) ?? new ApiError();
        int status = OpenAIErrorMapper.StatusOf(error, parsed);
        parsed.Message ??= "The server reported an error.";
        return new ResponsesException($"{_options.ProviderName}: {parsed.Message}", status, parsed)
        {
            ProviderName = _options.ProviderName,
            RequestId = requestId,
            IsRetriable = ResponsesException.IsRetriableStatus(status),
        };
    }

    private IReadOnlyList<ResponseStreamEvent> CloseBrokenStream(ChatCompletionsEventMapper mapper, Exception? failure, string? requestId) =>
        CloseBrokenStream(mapper.Writer, failure, "[DONE]", mapper.HasFinishReason, mapper.Finish, requestId);

    private static ChatCompletion? ParseChunk(string eventType, ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return null;
        }

        return data.SequenceEqual("[DONE]"u8) ? ChatCompletion.Done : JsonSerializer.Deserialize(data, ChatCompletionsJson.Completion);
    }

    private HttpRequestMessage CreateMessage(ChatCompletionRequest body)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, _completionsUri);
        if (_options.ApiKey is { Length: > 0 } key)
        {
            if (string.Equals(_options.ApiKeyHeaderName, "Authorization", StringComparison.OrdinalIgnoreCase))
            {
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            }
            else
            {
                message.Headers.TryAddWithoutValidation(_options.ApiKeyHeaderName, key);
            }
        }

        foreach (KeyValuePair<string, string> header in _options.Headers)
        {
            message.Headers.Remove(header.Key);
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        message.Content = JsonContent.Create(body, ChatCompletionsJson.Request, JsonMediaType);
        return message;
    }

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage message, bool streaming, CancellationToken cancellationToken) =>
        ProviderHttp.SendAsync(HttpClient, message, streaming, _options.ProviderName, OpenAIErrorMapper.Map, cancellationToken);

    private async Task<ChatCompletion> ReadCompletionAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonSerializer.DeserializeAsync(stream, ChatCompletionsJson.Completion, cancellationToken).ConfigureAwait(false)
                    ?? throw new JsonException("The body was null.");
            }
            catch (JsonException ex)
            {
                throw new ResponsesException($"{_options.ProviderName}: the response body is not a valid chat completion: {ex.Message}", 502, new ApiError { Type = ResponsesErrorTypes.Server, Code = "invalid_upstream_response" }, ex)
                {
                    ProviderName = _options.ProviderName,
                    RequestId = ProviderHttp.GetRequestId(response),
                };
            }
        }
    }

}
