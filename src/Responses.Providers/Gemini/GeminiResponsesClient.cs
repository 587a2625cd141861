using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Responses.Providers.Gemini.Wire;
using Responses.Providers.Http;
using Responses.Providers.Streaming;

namespace Responses.Providers.Gemini;

/// <summary>
/// An <see cref="IResponsesClient"/> for Google Gemini: the Gemini API (AI Studio, <c>x-goog-api-key</c>) or Vertex AI
/// (<c>Authorization: Bearer</c> from an <see cref="IGoogleAccessTokenSource"/>), <c>generateContent</c> and
/// <c>streamGenerateContent?alt=sse</c>. Answers, streamed or not, go through one event mapper into the shared
/// <see cref="ResponseWriter"/>. Gemini keeps no responses, so get, delete, cancel and input items fail with a clear error.
/// </summary>
public sealed class GeminiResponsesClient : StatelessProviderClient, IInputTokenCounter
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private readonly GeminiResponsesClientOptions _options;
    private readonly GeminiRequestMapper _mapper;
    private readonly string _providerName;

    /// <summary>Initializes a client.</summary>
    /// <param name="options">The settings.</param>
    /// <param name="httpClient">The HTTP client to use (for example from <c>IHttpClientFactory</c>); when <see langword="null"/> the client makes and owns one.</param>
    public GeminiResponsesClient(GeminiResponsesClientOptions options, HttpClient? httpClient = null)
        : base(options, httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _providerName = options.EffectiveProviderName;
        _mapper = new GeminiRequestMapper(options);
        Metadata = new ResponsesClientMetadata(_providerName, GeminiEndpoints.BaseUri(options), options.DefaultModel);
    }

    /// <summary>
    /// Makes a client for a routed model name, for a prefix → client factory: <c>gemini/{model}</c> (AI Studio) or
    /// <c>vertex_ai/{model}</c> (Vertex AI; <paramref name="settings"/> must set the project).
    /// </summary>
    /// <param name="model">The model, with or without its <c>gemini/</c> or <c>vertex_ai/</c> prefix.</param>
    /// <param name="settings">The base settings (key, endpoint, project, token source…); copied, not changed.</param>
    /// <param name="httpClient">The HTTP client, or <see langword="null"/>.</param>
    /// <returns>The client, with the model as its default.</returns>
    public static GeminiResponsesClient Create(string model, GeminiResponsesClientOptions settings, HttpClient? httpClient = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(model);
        ArgumentNullException.ThrowIfNull(settings);
        bool vertex = model.StartsWith("vertex_ai/", StringComparison.Ordinal);
        string name = vertex ? model["vertex_ai/".Length..] : model.StartsWith("gemini/", StringComparison.Ordinal) ? model["gemini/".Length..] : model;
        if (vertex && settings.VertexProject is not { Length: > 0 })
        {
            throw new ArgumentException("vertex_ai/ models need VertexProject in the settings.", nameof(settings));
        }

        var options = new GeminiResponsesClientOptions
        {
            ApiKey = settings.ApiKey,
            Endpoint = settings.Endpoint,
            ApiVersion = settings.ApiVersion,
            VertexProject = vertex ? settings.VertexProject : null,
            VertexLocation = settings.VertexLocation,
            TokenSource = vertex ? settings.TokenSource : null,
            DefaultModel = name,
            UseOpenApiSchemaSubset = settings.UseOpenApiSchemaSubset,
            ProviderName = settings.ProviderName,
        };
        foreach (KeyValuePair<string, int> budget in settings.ThinkingBudgets)
        {
            options.ThinkingBudgets[budget.Key] = budget.Value;
        }

        foreach (KeyValuePair<string, string> header in settings.Headers)
        {
            options.Headers[header.Key] = header.Value;
        }

        return new GeminiResponsesClient(options, httpClient);
    }

    /// <inheritdoc />
    protected override string ProviderDisplayName => "Gemini";

    /// <inheritdoc />
    public override async Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        GeminiMappedRequest mapped = _mapper.Map(request);
        using HttpRequestMessage message = await CreateMessageAsync(mapped, streaming: false, cancellationToken).ConfigureAwait(false);
        using HttpResponseMessage response = await SendAsync(message, streaming: false, cancellationToken).ConfigureAwait(false);
        GeminiGenerateContentResponse body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        var events = new GeminiEventMapper(first => GeminiResponseShell.Create(request, mapped, first), emitEvents: false);
        return events.MapBody(body);
    }

    /// <inheritdoc />
    /// <remarks><c>models/{model}:countTokens</c> with the same translation as a create (<see cref="GeminiCountTokensBody"/>).</remarks>
    public async Task<InputTokenCountResult> CountInputTokensAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        GeminiMappedRequest mapped = _mapper.Map(request);
        using HttpRequestMessage message = await CreateMessageAsync(mapped, "countTokens", cancellationToken).ConfigureAwait(false);
        message.Content = JsonContent.Create(GeminiCountTokensBody.Create(_options, mapped), GeminiJson.Object, JsonMediaType);
        using HttpResponseMessage response = await SendAsync(message, streaming: false, cancellationToken).ConfigureAwait(false);
        GeminiCountTokensResponse counted = await ReadBodyAsync(response, GeminiJson.CountTokensResponse, "CountTokensResponse", cancellationToken).ConfigureAwait(false);
        return new InputTokenCountResult
        {
            InputTokens = counted.TotalTokens ?? throw InvalidBody(response, "CountTokensResponse", "totalTokens is missing", null),
        };
    }

    /// <inheritdoc />
    public override IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Mapping errors are thrown here, before enumeration starts.
        GeminiMappedRequest mapped = _mapper.Map(request);
        return StreamAsync(request, mapped, cancellationToken);
    }

    private async IAsyncEnumerable<ResponseStreamEvent> StreamAsync(CreateResponseRequest request, GeminiMappedRequest mapped, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using HttpRequestMessage message = await CreateMessageAsync(mapped, streaming: true, cancellationToken).ConfigureAwait(false);
        message.Headers.Accept.ParseAdd("text/event-stream");

        // Disposing the response (when the caller stops or cancels) closes the upstream connection.
        using HttpResponseMessage response = await SendAsync(message, streaming: true, cancellationToken).ConfigureAwait(false);
        string? requestId = ProviderHttp.GetRequestId(response);
        Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var mapper = new GeminiEventMapper(first => GeminiResponseShell.Create(request, mapped, first), emitEvents: true);
            await foreach (SseRead<GeminiGenerateContentResponse> read in ProviderSseReader.ReadAsync<GeminiGenerateContentResponse>(stream, ParseChunk, cancellationToken).ConfigureAwait(false))
            {
                if (read.Event is not { } chunk)
                {
                    foreach (ResponseStreamEvent closing in CloseStream(mapper, read.Failure, requestId))
                    {
                        yield return closing;
                    }

                    yield break;
                }

                if (chunk.Error is { } error)
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

            // Gemini has no closing event: the stream simply ends after the chunk with the finish reason.
            foreach (ResponseStreamEvent closing in CloseStream(mapper, null, requestId))
            {
                yield return closing;
            }
        }
    }

    private IReadOnlyList<ResponseStreamEvent> FailStream(GeminiEventMapper mapper, GeminiError error, string? requestId)
    {
        if (mapper.Writer is not { HasWrittenEvents: true } writer)
        {
            throw GeminiErrorMapper.FromStreamError(_providerName, error, requestId);
        }

        writer.Fail(GeminiErrorMapper.FailureCode(error.Status), GeminiErrorMapper.FailureMessage(_providerName, error));
        return writer.TakeEvents();
    }

    private IReadOnlyList<ResponseStreamEvent> CloseStream(GeminiEventMapper mapper, Exception? failure, string? requestId) =>
        CloseBrokenStream(mapper.Writer, failure, "a finish reason", mapper.HasFinishReason, mapper.Finish, requestId);

    private static GeminiGenerateContentResponse? ParseChunk(string eventType, ReadOnlySpan<byte> data) =>
        data.IsEmpty ? null : JsonSerializer.Deserialize(data, GeminiJson.Response);

    private async Task<HttpRequestMessage> CreateMessageAsync(GeminiMappedRequest mapped, bool streaming, CancellationToken cancellationToken)
    {
        HttpRequestMessage message = await CreateMessageAsync(mapped, streaming ? "streamGenerateContent?alt=sse" : "generateContent", cancellationToken).ConfigureAwait(false);
        message.Content = JsonContent.Create(mapped.Body, GeminiJson.Request, JsonMediaType);
        return message;
    }

    private async Task<HttpRequestMessage> CreateMessageAsync(GeminiMappedRequest mapped, string method, CancellationToken cancellationToken)
    {
        Uri uri = GeminiEndpoints.ModelMethod(_options, mapped.Model, method);
        var message = new HttpRequestMessage(HttpMethod.Post, uri);
        await GoogleAuth.ApplyAsync(message, _options, _providerName, cancellationToken).ConfigureAwait(false);
        foreach (KeyValuePair<string, string> header in _options.Headers)
        {
            message.Headers.Remove(header.Key);
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return message;
    }

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage message, bool streaming, CancellationToken cancellationToken) =>
        ProviderHttp.SendAsync(HttpClient, message, streaming, _providerName, GeminiErrorMapper.Map, cancellationToken);

    private Task<GeminiGenerateContentResponse> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        ReadBodyAsync(response, GeminiJson.Response, "GenerateContentResponse", cancellationToken);

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
        new($"{_providerName}: the response body is not a valid {what}: {reason}", 502, new ApiError { Type = ResponsesErrorTypes.Server, Code = "invalid_upstream_response" }, inner)
        {
            ProviderName = _providerName,
            RequestId = ProviderHttp.GetRequestId(response),
        };
}
