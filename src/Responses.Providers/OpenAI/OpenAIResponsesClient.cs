using System.Buffers;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Responses.Providers.Http;
using Responses.Providers.Streaming;

namespace Responses.Providers.OpenAI;

/// <summary>
/// An <see cref="IResponsesClient"/> for servers that speak the OpenAI Responses API natively. Requests and
/// responses pass through unchanged (unknown fields included); streams are read with
/// System.Net.ServerSentEvents and guarded so they always end with one terminal event.
/// </summary>
public sealed class OpenAIResponsesClient : IResponsesClient, IInputTokenCounter, IResponseCompactor
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _httpClient;
    private readonly bool _disposeHttpClient;
    private readonly OpenAIResponsesClientOptions _options;
    private readonly Uri _baseUri;
    private readonly string _query;
    private readonly ResponsesClientMetadata _metadata;

    /// <summary>Initializes a client.</summary>
    /// <param name="options">The settings.</param>
    /// <param name="httpClient">The HTTP client to use (for example from <c>IHttpClientFactory</c>); when <see langword="null"/> the client makes and owns one.</param>
    public OpenAIResponsesClient(OpenAIResponsesClientOptions options, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _httpClient = httpClient ?? new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        _disposeHttpClient = httpClient is null;
        string endpoint = options.Endpoint.ToString();
        _baseUri = new Uri(endpoint.EndsWith('/') ? endpoint : endpoint + "/");
        _query = string.Join("&", options.QueryParameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        _metadata = new ResponsesClientMetadata(options.ProviderName, _baseUri, options.DefaultModel);
    }

    /// <inheritdoc />
    public async Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CreateResponseRequest body = PrepareBody(request, stream: false);
        using HttpRequestMessage message = CreateMessage(HttpMethod.Post, "responses", null, body);
        using HttpResponseMessage response = await SendAsync(message, streaming: false, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync<Response>(response, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Passed through to <c>POST {endpoint}/responses/input_tokens</c>; the provider resolves <c>previous_response_id</c> and <c>conversation</c> itself.</remarks>
    public async Task<InputTokenCountResult> CountInputTokensAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new InputTokenCountRequest
        {
            Model = request.Model ?? _options.DefaultModel,
            Input = request.Input,
            Instructions = request.Instructions,
            Tools = request.Tools,
            ToolChoice = request.ToolChoice,
            ParallelToolCalls = request.ParallelToolCalls,
            Text = request.Text,
            Reasoning = request.Reasoning,
            Truncation = request.Truncation,
            PreviousResponseId = request.PreviousResponseId,
            Conversation = request.Conversation,
        };
        using HttpRequestMessage message = CreateMessage(HttpMethod.Post, "responses/input_tokens", null, null);
        message.Content = JsonContent.Create(body, ResponsesJson.GetTypeInfo<InputTokenCountRequest>(), JsonMediaType);
        using HttpResponseMessage response = await SendAsync(message, streaming: false, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync<InputTokenCountResult>(response, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Passed through to <c>POST {endpoint}/responses/compact</c>; the <c>compaction</c> item's <c>encrypted_content</c> is the provider's.</remarks>
    public async Task<CompactedResponse> CompactAsync(CompactResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CompactResponseRequest body = request;
        if (body.Model is null && _options.DefaultModel is { } model)
        {
            body = ResponsesJson.Deserialize<CompactResponseRequest>(ResponsesJson.SerializeToUtf8Bytes(request))!;
            body.Model = model;
        }

        using HttpRequestMessage message = CreateMessage(HttpMethod.Post, "responses/compact", null, null);
        message.Content = JsonContent.Create(body, ResponsesJson.GetTypeInfo<CompactResponseRequest>(), JsonMediaType);
        using HttpResponseMessage response = await SendAsync(message, streaming: false, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync<CompactedResponse>(response, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CreateResponseRequest body = PrepareBody(request, stream: true);
        return StreamAsync(() => CreateMessage(HttpMethod.Post, "responses", null, body), null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Response> GetResponseAsync(string responseId, GetResponseOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(responseId);
        using HttpRequestMessage message = CreateMessage(HttpMethod.Get, $"responses/{Uri.EscapeDataString(responseId)}", GetQuery(options, stream: false), null);
        using HttpResponseMessage response = await SendAsync(message, streaming: false, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync<Response>(response, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<ResponseStreamEvent> GetResponseStreamingAsync(string responseId, GetResponseOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(responseId);
        string query = GetQuery(options, stream: true);
        return StreamAsync(() => CreateMessage(HttpMethod.Get, $"responses/{Uri.EscapeDataString(responseId)}", query, null), responseId, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<DeleteResponseResult> DeleteResponseAsync(string responseId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(responseId);
        using HttpRequestMessage message = CreateMessage(HttpMethod.Delete, $"responses/{Uri.EscapeDataString(responseId)}", null, null);
        using HttpResponseMessage response = await SendAsync(message, streaming: false, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync<DeleteResponseResult>(response, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Response> CancelResponseAsync(string responseId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(responseId);
        using HttpRequestMessage message = CreateMessage(HttpMethod.Post, $"responses/{Uri.EscapeDataString(responseId)}/cancel", null, null);
        using HttpResponseMessage response = await SendAsync(message, streaming: false, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync<Response>(response, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<ResponseItemList> ListInputItemsAsync(string responseId, ListInputItemsOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(responseId);
        var query = new StringBuilder();
        if (options is not null)
        {
            AppendQuery(query, "limit", options.Limit?.ToString(CultureInfo.InvariantCulture));
            AppendQuery(query, "order", options.Order);
            AppendQuery(query, "after", options.After);
            foreach (string include in options.Include ?? [])
            {
                AppendQuery(query, "include[]", include);
            }
        }

        using HttpRequestMessage message = CreateMessage(HttpMethod.Get, $"responses/{Uri.EscapeDataString(responseId)}/input_items", query.ToString(), null);
        using HttpResponseMessage response = await SendAsync(message, streaming: false, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync<ResponseItemList>(response, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        return serviceType == typeof(ResponsesClientMetadata) ? _metadata
            : serviceType == typeof(OpenAIResponsesClientOptions) ? _options
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

    private CreateResponseRequest PrepareBody(CreateResponseRequest request, bool stream)
    {
        // A shallow copy: the caller's request is never changed, and every unknown field goes along.
        CreateResponseRequest body = request.Clone();
        body.Stream = stream ? true : null;
        body.Model ??= _options.DefaultModel;
        return body;
    }

    private async IAsyncEnumerable<ResponseStreamEvent> StreamAsync(Func<HttpRequestMessage> createMessage, string? responseId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using HttpRequestMessage message = createMessage();
        message.Headers.Accept.ParseAdd("text/event-stream");
        using HttpResponseMessage response = await SendAsync(message, streaming: true, cancellationToken).ConfigureAwait(false);
        Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            // The shared writer tracks the forwarded events so a broken upstream still ends the stream properly.
            var writer = new ResponseWriter(new Response { Id = responseId });
            await foreach (SseRead<ResponseStreamEvent> read in ProviderSseReader.ReadAsync<ResponseStreamEvent>(stream, ParseEvent, cancellationToken).ConfigureAwait(false))
            {
                if (read.Event is not { } next)
                {
                    foreach (ResponseStreamEvent closing in CloseBrokenStream(writer, read.Failure!))
                    {
                        yield return closing;
                    }

                    yield break;
                }

                writer.Forward(next);
                while (writer.TryTakeEvent(out ResponseStreamEvent forwarded))
                {
                    yield return forwarded;
                }
            }

            if (!writer.IsFinished)
            {
                foreach (ResponseStreamEvent closing in CloseBrokenStream(writer, new IOException("The stream ended before a terminal event.")))
                {
                    yield return closing;
                }
            }
        }
    }

    // Before anything was sent the failure is thrown (so retry and fallback can still act); after, the
    // stream is closed with response.failed.
    private IReadOnlyList<ResponseStreamEvent> CloseBrokenStream(ResponseWriter writer, Exception failure)
    {
        string message = $"{_options.ProviderName}: the upstream stream broke: {failure.Message}";
        if (!writer.HasWrittenEvents)
        {
            throw new ResponsesException(message, 502, new ApiError { Type = ResponsesErrorTypes.Server, Code = "upstream_stream_error" }, failure)
            {
                ProviderName = _options.ProviderName,
                IsRetriable = failure is not JsonException,
            };
        }

        writer.Fail("server_error", message);
        return writer.TakeEvents();
    }

    private static ResponseStreamEvent? ParseEvent(string eventType, ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty || data.SequenceEqual("[DONE]"u8))
        {
            return null;
        }

        return ResponsesJson.Deserialize<ResponseStreamEvent>(data);
    }

    private HttpRequestMessage CreateMessage(HttpMethod method, string path, string? query, CreateResponseRequest? body)
    {
        string fullQuery = string.Join("&", new[] { query, _query }.Where(q => !string.IsNullOrEmpty(q)));
        var uri = new Uri(_baseUri, fullQuery.Length == 0 ? path : $"{path}?{fullQuery}");
        var message = new HttpRequestMessage(method, uri);
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

        if (_options.Organization is { Length: > 0 } organization)
        {
            message.Headers.TryAddWithoutValidation("OpenAI-Organization", organization);
        }

        if (_options.Project is { Length: > 0 } project)
        {
            message.Headers.TryAddWithoutValidation("OpenAI-Project", project);
        }

        foreach (KeyValuePair<string, string> header in _options.Headers)
        {
            message.Headers.Remove(header.Key);
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (body is not null)
        {
            message.Content = JsonContent.Create(body, ResponsesJson.GetTypeInfo<CreateResponseRequest>(), JsonMediaType);
        }

        return message;
    }

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage message, bool streaming, CancellationToken cancellationToken) =>
        ProviderHttp.SendAsync(_httpClient, message, streaming, _options.ProviderName, OpenAIErrorMapper.Map, cancellationToken);

    private async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        where T : class
    {
        Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await ResponsesJson.DeserializeAsync<T>(stream, cancellationToken).ConfigureAwait(false)
                    ?? throw new JsonException("The body was null.");
            }
            catch (JsonException ex)
            {
                throw new ResponsesException($"{_options.ProviderName}: the response body is not a valid {typeof(T).Name}: {ex.Message}", 502, new ApiError { Type = ResponsesErrorTypes.Server, Code = "invalid_upstream_response" }, ex)
                {
                    ProviderName = _options.ProviderName,
                    RequestId = ProviderHttp.GetRequestId(response),
                };
            }
        }
    }

    private static string GetQuery(GetResponseOptions? options, bool stream)
    {
        var query = new StringBuilder();
        if (stream)
        {
            AppendQuery(query, "stream", "true");
        }

        if (options is not null)
        {
            foreach (string include in options.Include ?? [])
            {
                AppendQuery(query, "include[]", include);
            }

            AppendQuery(query, "starting_after", options.StartingAfter?.ToString(CultureInfo.InvariantCulture));
            AppendQuery(query, "include_obfuscation", options.IncludeObfuscation is { } obfuscation ? (obfuscation ? "true" : "false") : null);
        }

        return query.ToString();
    }

    private static void AppendQuery(StringBuilder query, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (query.Length > 0)
        {
            query.Append('&');
        }

        query.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
    }
}
