using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace Responses.Gateway.Http;

/// <summary>Writes a Responses event stream as server-sent events.</summary>
internal static class SseWriter
{
    /// <summary>
    /// Streams <paramref name="events"/>. A failure before the first event is an ordinary JSON error with its
    /// status; a failure after it becomes an <c>error</c> event (headers are gone by then).
    /// </summary>
    /// <param name="context">The HTTP context.</param>
    /// <param name="events">The events.</param>
    /// <param name="ct">Cancels the stream.</param>
    /// <param name="beforeStart">Runs once the first event (or the failure) is known, before anything is written: sets headers.</param>
    public static async Task StreamAsync(HttpContext context, IAsyncEnumerable<ResponseStreamEvent> events, CancellationToken ct, Action? beforeStart = null)
    {
        IAsyncEnumerator<ResponseStreamEvent> enumerator = events.GetAsyncEnumerator(ct);
        try
        {
            bool any;
            try
            {
                any = await enumerator.MoveNextAsync();
            }
            catch (ResponsesException e)
            {
                beforeStart?.Invoke();
                await GatewayErrors.WriteAsync(context, e);
                return;
            }

            beforeStart?.Invoke();

            context.Response.StatusCode = 200;
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache";
            context.Response.Headers["X-Accel-Buffering"] = "no";
            context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            int lastSequence = -1;
            Response? last = null;
            bool terminal = false;
            try
            {
                while (any)
                {
                    ResponseStreamEvent e = enumerator.Current;
                    lastSequence = e.SequenceNumber;
                    (last, terminal) = Track(e, last);
                    await WriteEventAsync(context, e, ct);
                    any = await enumerator.MoveNextAsync();
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // Headers are gone: the failure becomes an error event, then (unless one was sent) a terminal
                // response.failed, so clients waiting for a terminal event stop; then the stream closes.
                ApiError error = e is ResponsesException re ? re.Error : new ApiError { Message = "The stream failed.", Type = "server_error" };
                var errorEvent = new ResponseErrorEvent { Code = error.Code ?? error.Type, Message = error.Message, Param = error.Param, SequenceNumber = ++lastSequence };
                await WriteEventAsync(context, errorEvent, CancellationToken.None);
                if (!terminal && last is not null)
                {
                    var failed = (Response)last.ShallowClone();
                    failed.Status = ResponseStatus.Failed;
                    failed.Error = new ResponseError { Code = error.Code ?? "server_error", Message = error.Message };
                    await WriteEventAsync(context, new ResponseFailedEvent { Response = failed, SequenceNumber = ++lastSequence }, CancellationToken.None);
                }
            }
        }
        finally
        {
            await enumerator.DisposeAsync();
        }
    }

    /// <summary>The latest response snapshot carried by an event, and whether the event is terminal.</summary>
    private static (Response? Last, bool Terminal) Track(ResponseStreamEvent e, Response? last) => e switch
    {
        ResponseCreatedEvent { Response: { } r } => (r, false),
        ResponseInProgressEvent { Response: { } r } => (r, false),
        ResponseQueuedEvent { Response: { } r } => (r, false),
        ResponseCompletedEvent { Response: { } r } => (r, true),
        ResponseFailedEvent { Response: { } r } => (r, true),
        ResponseIncompleteEvent { Response: { } r } => (r, true),
        _ => (last, false),
    };

    /// <summary>Writes one event frame (<c>event:</c> is the event's type) and flushes it.</summary>
    public static async Task WriteEventAsync(HttpContext context, ResponseStreamEvent e, CancellationToken ct)
    {
        byte[] data = ResponsesJson.SerializeToUtf8Bytes(e);
        var body = context.Response.Body;
        await body.WriteAsync(Encoding.UTF8.GetBytes($"event: {e.Type}\ndata: "), ct);
        await body.WriteAsync(data, ct);
        await body.WriteAsync("\n\n"u8.ToArray(), ct);
        await body.FlushAsync(ct);
    }
}
