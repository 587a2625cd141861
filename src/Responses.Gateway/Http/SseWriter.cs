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
    public static async Task StreamAsync(HttpContext context, IAsyncEnumerable<ResponseStreamEvent> events, CancellationToken ct)
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
                await GatewayErrors.WriteAsync(context, e.StatusCode, e.ToErrorResponse());
                return;
            }

            context.Response.StatusCode = 200;
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache";
            context.Response.Headers["X-Accel-Buffering"] = "no";
            context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            int lastSequence = -1;
            try
            {
                while (any)
                {
                    ResponseStreamEvent e = enumerator.Current;
                    lastSequence = e.SequenceNumber;
                    await WriteEventAsync(context, e, ct);
                    any = await enumerator.MoveNextAsync();
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                ApiError error = e is ResponsesException re ? re.Error : new ApiError { Message = "The stream failed.", Type = "server_error" };
                var errorEvent = new ResponseErrorEvent { Code = error.Code ?? error.Type, Message = error.Message, Param = error.Param, SequenceNumber = lastSequence + 1 };
                await WriteEventAsync(context, errorEvent, CancellationToken.None);
            }
        }
        finally
        {
            await enumerator.DisposeAsync();
        }
    }

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
