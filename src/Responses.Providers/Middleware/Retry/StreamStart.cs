using System.Runtime.CompilerServices;

namespace Responses.Providers.Middleware.Retry;

/// <summary>
/// The beginning of a stream, read up to its commit point, so retry and fallback can still walk away from it.
/// </summary>
/// <remarks>
/// <para>
/// The commit rule: a stream is <b>committed</b> once an event other than <c>response.created</c>,
/// <c>response.queued</c> or <c>response.in_progress</c> has been read. Those preamble events are withheld
/// (nothing reaches the caller) until the commit; so a provider that throws before its first event, or that
/// reports <c>response.failed</c> / <c>error</c> right after its preamble, has shown the caller nothing and
/// the call can be made again (or elsewhere) without a duplicate stream. After the commit every event is
/// forwarded as it comes and a later failure is the provider's own spec-valid <c>response.failed</c>.
/// </para>
/// <para>The enumeration gets its own token linked to the caller's: an attempt timeout that ends with the
/// attempt (Polly disposes its token source) must not leave the forwarded stream uncancellable.</para>
/// </remarks>
internal sealed class StreamStart : IAsyncDisposable
{
    private readonly IAsyncEnumerator<ResponseStreamEvent> _enumerator;
    private readonly CancellationTokenSource _cancellation;
    private readonly List<ResponseStreamEvent> _withheld;
    private readonly ResponseStreamEvent? _first;
    private int _disposed;

    private StreamStart(IAsyncEnumerator<ResponseStreamEvent> enumerator, CancellationTokenSource cancellation, List<ResponseStreamEvent> withheld, ResponseStreamEvent? first, ResponsesException? failure)
    {
        _enumerator = enumerator;
        _cancellation = cancellation;
        _withheld = withheld;
        _first = first;
        Failure = failure;
    }

    /// <summary>A failure the stream reported (<c>response.failed</c> or <c>error</c>) before it committed; <see langword="null"/> when it committed normally.</summary>
    public ResponsesException? Failure { get; }

    /// <summary>The response id announced by the preamble, if any.</summary>
    public string? ResponseId => _withheld.Select(e => e is ResponseCreatedEvent { Response.Id: { } id } ? id : null).FirstOrDefault(id => id is not null);

    /// <summary>Opens a stream and reads it up to its commit point (or its first failure).</summary>
    /// <param name="open">Starts the stream with the given token.</param>
    /// <param name="attemptToken">The attempt's token (the caller's, possibly linked to a timeout).</param>
    /// <param name="callerToken">The caller's token, which keeps cancelling the stream after the attempt.</param>
    /// <returns>The opened stream.</returns>
    /// <exception cref="Exception">Whatever the stream threw before committing.</exception>
    public static async Task<StreamStart> OpenAsync(Func<CancellationToken, IAsyncEnumerable<ResponseStreamEvent>> open, CancellationToken attemptToken, CancellationToken callerToken)
    {
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(callerToken);
        IAsyncEnumerator<ResponseStreamEvent>? enumerator = null;
        try
        {
            // The attempt token (timeout) may only cut the opening; the linked source above outlives it.
            using CancellationTokenRegistration attempt = attemptToken.Register(static s => ((CancellationTokenSource)s!).Cancel(), cancellation);
            enumerator = open(cancellation.Token).GetAsyncEnumerator(cancellation.Token);
            var withheld = new List<ResponseStreamEvent>();
            while (await enumerator.MoveNextAsync().ConfigureAwait(false))
            {
                ResponseStreamEvent next = enumerator.Current;
                switch (next)
                {
                    case { Type: ResponseStreamEventTypes.Created or ResponseStreamEventTypes.Queued or ResponseStreamEventTypes.InProgress }:
                        withheld.Add(next);
                        continue;
                    case ResponseFailedEvent failed:
                        return new StreamStart(enumerator, cancellation, withheld, next, ResponsesFailureClassifier.FromStreamFailure(failed.Response?.Error?.Code, failed.Response?.Error?.Message));
                    case ResponseErrorEvent error:
                        return new StreamStart(enumerator, cancellation, withheld, next, ResponsesFailureClassifier.FromStreamFailure(error.Error?.Code ?? error.Code, error.Error?.Message ?? error.Message));
                    default:
                        return new StreamStart(enumerator, cancellation, withheld, next, failure: null);
                }
            }

            // Ended after the preamble without a terminal event: nothing to retry on, forward what there is.
            return new StreamStart(enumerator, cancellation, withheld, first: null, failure: null);
        }
        catch
        {
            if (enumerator is not null)
            {
                await enumerator.DisposeAsync().ConfigureAwait(false);
            }

            cancellation.Dispose();
            throw;
        }
    }

    /// <summary>Forwards the withheld preamble, the event that committed the stream, and the rest of it; disposes the stream at the end.</summary>
    /// <param name="observe">Sees every forwarded event (for accounting), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">The caller's token (already linked into the stream).</param>
    /// <returns>The events.</returns>
    public async IAsyncEnumerable<ResponseStreamEvent> ForwardAsync(Action<ResponseStreamEvent>? observe = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            foreach (ResponseStreamEvent e in _withheld)
            {
                observe?.Invoke(e);
                yield return e;
            }

            if (_first is null)
            {
                yield break;
            }

            observe?.Invoke(_first);
            yield return _first;
            while (await _enumerator.MoveNextAsync().ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                observe?.Invoke(_enumerator.Current);
                yield return _enumerator.Current;
            }
        }
        finally
        {
            await DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            await _enumerator.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _cancellation.Dispose();
        }
    }
}
