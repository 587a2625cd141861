using System.Buffers;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Responses.Providers.Streaming;

/// <summary>
/// Reads a provider's server-sent events with System.Net.ServerSentEvents and turns a broken upstream
/// (connection cut, malformed frame) into a value instead of an exception, so the caller can still close
/// its Responses stream properly (an iterator cannot <c>yield</c> from a <c>catch</c>).
/// </summary>
public static class ProviderSseReader
{
    /// <summary>Reads every event; a failure is the last item yielded.</summary>
    /// <typeparam name="T">The parsed event type.</typeparam>
    /// <param name="stream">The response body.</param>
    /// <param name="parser">Parses one event's data (return <see langword="null"/> to skip it, e.g. <c>[DONE]</c>).</param>
    /// <param name="cancellationToken">Cancels reading; cancellation is thrown, not reported as a failure.</param>
    /// <returns>The events, then possibly one failure.</returns>
    public static async IAsyncEnumerable<SseRead<T>> ReadAsync<T>(Stream stream, SseItemParser<T?> parser, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        IAsyncEnumerator<SseItem<T?>> events = SseParser.Create(stream, parser).EnumerateAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        bool ended = false;
        try
        {
            await using (events.ConfigureAwait(false))
            {
                while (true)
                {
                    // Events already buffered must not keep coming once the caller cancelled.
                    cancellationToken.ThrowIfCancellationRequested();
                    Exception? failure = null;
                    bool more = false;
                    try
                    {
                        more = await events.MoveNextAsync().ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is IOException or HttpRequestException or JsonException && !cancellationToken.IsCancellationRequested)
                    {
                        failure = ex;
                    }

                    if (failure is not null)
                    {
                        ended = true;
                        yield return new SseRead<T>(null, failure);
                        yield break;
                    }

                    if (!more)
                    {
                        ended = true;
                        yield break;
                    }

                    if (events.Current.Data is { } data)
                    {
                        yield return new SseRead<T>(data, null);
                    }
                }
            }
        }
        finally
        {
            // The caller stopped (break, dispose, cancellation) while the upstream is still generating.
            if (!ended)
            {
                await AbortUpstreamAsync(stream).ConfigureAwait(false);
            }
        }
    }

    // Disposing a response stream that is not at its end makes HttpClient drain the rest first (by default up to
    // 1 MB or 2 s), so an upstream that is still generating would go on (and bill) for that long, or to the end.
    // Cancelling a pending read closes the connection at once instead; what was already received is dropped first.
    private static async Task AbortUpstreamAsync(Stream stream)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(8192);
        try
        {
            for (int i = 0; i < 64; i++)
            {
                using var abort = new CancellationTokenSource();
                ValueTask<int> read = stream.ReadAsync(buffer, abort.Token);
                if (!read.IsCompleted)
                {
                    await abort.CancelAsync().ConfigureAwait(false);
                    await read.ConfigureAwait(false);
                    return;
                }

                if (read.Result == 0)
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or HttpRequestException or ObjectDisposedException)
        {
            // The connection is closed: that is the point.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
