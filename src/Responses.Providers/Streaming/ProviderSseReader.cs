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
        await using (events.ConfigureAwait(false))
        {
            while (true)
            {
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
                    yield return new SseRead<T>(null, failure);
                    yield break;
                }

                if (!more)
                {
                    yield break;
                }

                if (events.Current.Data is { } data)
                {
                    yield return new SseRead<T>(data, null);
                }
            }
        }
    }
}
