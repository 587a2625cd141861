using System.Text.Json;
using Responses.Providers.Streaming;

namespace Responses.Providers;

/// <summary>
/// The base of provider clients that translate to an API without stored responses (Anthropic, Gemini, Bedrock,
/// chat completions): it owns the HTTP client, answers <see cref="GetService"/> with the metadata and options, and
/// fails get, delete, cancel and input items with a clear error, since the provider keeps nothing (a store
/// middleware in the pipeline serves them instead).
/// </summary>
public abstract class StatelessProviderClient : StatelessResponsesClient
{
    private readonly object _options;
    private readonly bool _disposeHttpClient;

    /// <summary>Initializes the client.</summary>
    /// <param name="options">The provider's options object (returned by <see cref="GetService"/>).</param>
    /// <param name="httpClient">The HTTP client to use (for example from <c>IHttpClientFactory</c>); when <see langword="null"/> the client makes and owns one.</param>
    protected StatelessProviderClient(object options, HttpClient? httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        HttpClient = httpClient ?? new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        _disposeHttpClient = httpClient is null;
    }

    /// <summary>The HTTP client requests go through.</summary>
    protected HttpClient HttpClient { get; }

    /// <summary>The provider, endpoint and default model; set by the derived constructor.</summary>
    protected ResponsesClientMetadata Metadata { get; init; } = new();

    /// <inheritdoc />
    protected override string ProviderName => Metadata.ProviderName ?? ProviderDisplayName;

    /// <inheritdoc />
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        return serviceType == typeof(ResponsesClientMetadata) ? Metadata
            : serviceType.IsInstanceOfType(_options) ? _options
            : serviceType == typeof(HttpClient) ? HttpClient
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <summary>Disposes the HTTP client when this client made it.</summary>
    /// <param name="disposing">Whether this is called from <see cref="StatelessResponsesClient.Dispose()"/>.</param>
    protected override void Dispose(bool disposing)
    {
        if (disposing && _disposeHttpClient)
        {
            HttpClient.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>
    /// Ends a stream whose upstream stopped early or broke. When the answer was already whole (its stop reason came)
    /// and only the closing frame is missing, <paramref name="finish"/> completes it; before any event the failure is
    /// thrown, so retry and fallback can still act; otherwise the response fails with <c>server_error</c>.
    /// </summary>
    /// <param name="writer">The response's writer, if the stream got far enough to make one.</param>
    /// <param name="failure">What broke the stream, or <see langword="null"/> when it just ended.</param>
    /// <param name="missingEnd">What never came, for the message (for example <c>message_stop</c>).</param>
    /// <param name="answerIsWhole">Whether the stop/finish reason already arrived.</param>
    /// <param name="finish">Completes the response from what arrived.</param>
    /// <param name="requestId">The provider's request id.</param>
    /// <param name="retriable">Whether a failure of this kind may go away on retry (damaged data does not).</param>
    /// <returns>The closing events.</returns>
    protected IReadOnlyList<ResponseStreamEvent> CloseBrokenStream(ResponseWriter? writer, Exception? failure, string missingEnd, bool answerIsWhole, Action finish, string? requestId, bool retriable = true)
    {
        ArgumentNullException.ThrowIfNull(finish);
        if (failure is null && answerIsWhole && writer is not null)
        {
            finish();
            return writer.TakeEvents();
        }

        string provider = ProviderName;
        string message = $"{provider}: the upstream stream broke: {failure?.Message ?? "the stream ended before " + missingEnd}";
        if (writer is not { HasWrittenEvents: true })
        {
            throw new ResponsesException(message, 502, new ApiError { Type = ResponsesErrorTypes.Server, Code = "upstream_stream_error" }, failure)
            {
                ProviderName = provider,
                RequestId = requestId,
                IsRetriable = retriable && failure is not JsonException,
            };
        }

        writer.Fail("server_error", message);
        return writer.TakeEvents();
    }
}
