using System.Runtime.CompilerServices;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Responses.Providers.Middleware.Retry;

/// <summary>
/// Middleware that tries failed calls again with exponential back-off and jitter, honouring <c>Retry-After</c>,
/// on a Polly <see cref="ResiliencePipeline"/>. Streams are retried only before they commit (see
/// <see cref="StreamStart"/>): nothing that reached the caller is ever sent twice.
/// </summary>
/// <remarks>
/// Retried: <see cref="IResponsesClient.CreateResponseAsync"/>, <see cref="IResponsesClient.CreateResponseStreamingAsync"/>
/// (before commit) and, with <see cref="RetryResponsesClientOptions.RetryReads"/>, the reads by id. Delete and cancel are
/// passed through once. When every attempt fails the last failure is thrown; a stream whose last attempt reported
/// <c>response.failed</c> before committing is forwarded as the provider produced it (a spec-valid failed stream).
/// </remarks>
public sealed class RetryResponsesClient : DelegatingResponsesClient
{
    private readonly RetryResponsesClientOptions _options;
    private readonly ResiliencePipeline _pipeline;

    /// <summary>Initializes the middleware.</summary>
    /// <param name="innerClient">The provider (or the rest of the pipeline).</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    public RetryResponsesClient(IResponsesClient innerClient, RetryResponsesClientOptions? options = null)
        : base(innerClient)
    {
        _options = options ?? new RetryResponsesClientOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(_options.MaxRetryAttempts);
        _pipeline = BuildPipeline(_options);
    }

    /// <summary>The options (read them, do not change them after construction).</summary>
    public RetryResponsesClientOptions Options => _options;

    /// <inheritdoc />
    public override Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ExecuteAsync(static (s, ct) => s.Inner.CreateResponseAsync(s.Request, ct), (Inner: InnerClient, Request: request), cancellationToken);
    }

    /// <inheritdoc />
    public override IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return StreamAsync(request, cancellationToken);
    }

    /// <inheritdoc />
    public override Task<Response> GetResponseAsync(string responseId, GetResponseOptions? options = null, CancellationToken cancellationToken = default) =>
        _options.RetryReads
            ? ExecuteAsync(static (s, ct) => s.Inner.GetResponseAsync(s.Id, s.Options, ct), (Inner: InnerClient, Id: responseId, Options: options), cancellationToken)
            : base.GetResponseAsync(responseId, options, cancellationToken);

    /// <inheritdoc />
    public override Task<ResponseItemList> ListInputItemsAsync(string responseId, ListInputItemsOptions? options = null, CancellationToken cancellationToken = default) =>
        _options.RetryReads
            ? ExecuteAsync(static (s, ct) => s.Inner.ListInputItemsAsync(s.Id, s.Options, ct), (Inner: InnerClient, Id: responseId, Options: options), cancellationToken)
            : base.ListInputItemsAsync(responseId, options, cancellationToken);

    /// <summary>Whether a failure is retried under these options (class, retriability, <c>Retry-After</c> bound).</summary>
    /// <param name="failure">The failure.</param>
    /// <returns><see langword="true"/> when it is retried.</returns>
    public bool IsRetried(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failure is ResponsesException { RetryAfter: { } wait } && _options.HonorRetryAfter && wait > _options.MaxRetryAfter)
        {
            return false;
        }

        if (_options.ShouldRetry is { } shouldRetry)
        {
            return shouldRetry(failure);
        }

        return failure is not ResponsesException { IsRetriable: false }
            && (ResponsesFailureClassifier.Classify(failure) & _options.RetryOn) != ResponsesFailureKinds.None;
    }

    private async IAsyncEnumerable<ResponseStreamEvent> StreamAsync(CreateResponseRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        StreamStart start = await ExecuteAsync(
            static (s, ct) => StreamStart.OpenAsync(token => s.Inner.CreateResponseStreamingAsync(s.Request, token), ct, s.Caller),
            (Inner: InnerClient, Request: request, Caller: cancellationToken),
            cancellationToken).ConfigureAwait(false);
        await foreach (ResponseStreamEvent e in start.ForwardAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return e;
        }
    }

    private async Task<T> ExecuteAsync<T, TState>(Func<TState, CancellationToken, Task<T>> call, TState state, CancellationToken cancellationToken)
    {
        ResilienceContext context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            Outcome<T> outcome = await _pipeline.ExecuteOutcomeAsync(
                static async (ctx, s) =>
                {
                    try
                    {
                        return Outcome.FromResult(await s.Call(s.State, ctx.CancellationToken).ConfigureAwait(false));
                    }
                    catch (Exception ex)
                    {
                        return Outcome.FromException<T>(ex);
                    }
                },
                context,
                (Call: call, State: state)).ConfigureAwait(false);
            if (outcome.Exception is TimeoutRejectedException timeout)
            {
                throw new ResponsesException("The attempt timed out.", 408, new ApiError { Type = ResponsesErrorTypes.Timeout, Code = "timeout" }, timeout) { IsRetriable = true };
            }

            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private ResiliencePipeline BuildPipeline(RetryResponsesClientOptions options)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = options.TimeProvider };
        if (options.MaxRetryAttempts > 0)
        {
            Random random = options.Random ?? Random.Shared;
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                UseJitter = options.UseJitter,
                Randomizer = () =>
                {
                    // A seeded Random (tests) is not thread-safe; concurrent calls share it.
                    lock (random)
                    {
                        return random.NextDouble();
                    }
                },
                ShouldHandle = args => ValueTask.FromResult(
                    !args.Context.CancellationToken.IsCancellationRequested && FailureOf(args.Outcome) is { } failure && IsRetried(failure)),
                DelayGenerator = args => ValueTask.FromResult(
                    options.HonorRetryAfter && FailureOf(args.Outcome) is ResponsesException { RetryAfter: { } wait } ? wait : (TimeSpan?)null),
                OnRetry = static async args =>
                {
                    ResponsesServedBy.Current?.RecordRetry();

                    // A stream start that failed in-stream is abandoned here: its connection closes before the wait.
                    if (args.Outcome.Result is StreamStart abandoned)
                    {
                        await abandoned.DisposeAsync().ConfigureAwait(false);
                    }
                },
            });
        }

        if (options.AttemptTimeout is { } timeout)
        {
            builder.AddTimeout(timeout);
        }

        return builder.Build();
    }

    // A thrown failure, or one a stream reported before committing.
    private static Exception? FailureOf(Outcome<object> outcome) =>
        outcome.Exception is TimeoutRejectedException timeout
            ? new ResponsesException("The attempt timed out.", 408, new ApiError { Type = ResponsesErrorTypes.Timeout, Code = "timeout" }, timeout)
            : outcome.Exception ?? (outcome.Result as StreamStart)?.Failure;
}
