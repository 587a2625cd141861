namespace Responses.Providers.Middleware.State;

/// <summary>Options of <see cref="ResponseStoreClient"/>.</summary>
public sealed class ResponseStoreClientOptions
{
    /// <summary>How long a stored response is kept; <see langword="null"/> for ever. Default 30 days, as OpenAI.</summary>
    public TimeSpan? TimeToLive { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often saving a response also runs the store's retention cleanup. Default 5 minutes.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The <c>store</c> value sent to the provider. Default <see langword="false"/>: the middleware owns
    /// the state, so a provider that stores natively (OpenAI) is asked not to keep a second copy.
    /// <see langword="null"/> sends the caller's value unchanged.
    /// </summary>
    public bool? UpstreamStore { get; set; } = false;

    /// <summary>How many stream events are buffered before they are written to the store (the terminal event always flushes). Default 32.</summary>
    public int EventBatchSize { get; set; } = 32;

    /// <summary>How often a stream resumed from another process's running response polls the store. Default 100 ms.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// How often a background run checks the store for a cancel or delete made by another process sharing it.
    /// Default 1 second; <see cref="Timeout.InfiniteTimeSpan"/> turns the check off (single-process apps).
    /// </summary>
    public TimeSpan CancelCheckInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many ancestors a <c>previous_response_id</c> chain may have before it is refused (guards against cycles). Default 10,000.</summary>
    public int MaxChainLength { get; set; } = 10_000;

    /// <summary>
    /// Where conversations (<c>conversation</c> on a request) are kept, or <see langword="null"/> for the response
    /// store itself when it is also an <see cref="IConversationStore"/> (all stores of this library are).
    /// </summary>
    public IConversationStore? ConversationStore { get; set; }

    /// <summary>The clock, or <see langword="null"/> for the system clock.</summary>
    public TimeProvider? TimeProvider { get; set; }
}
