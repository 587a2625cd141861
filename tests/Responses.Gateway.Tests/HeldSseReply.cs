using System.Text;
using Microsoft.AspNetCore.Http;
using Responses.Testing;

namespace Responses.Gateway.Tests;

/// <summary>An upstream SSE reply that sends its first frame, then holds the rest until the test releases it.</summary>
internal static class HeldSseReply
{
    public static UpstreamReply Create(IReadOnlyList<SseFrame> frames, Task release) => UpstreamReply.Custom(async (context, ct) =>
    {
        context.Response.ContentType = "text/event-stream";
        await WriteFrameAsync(context, frames[0], ct);
        await release.WaitAsync(TimeSpan.FromSeconds(20), ct);
        foreach (SseFrame frame in frames.Skip(1))
        {
            await WriteFrameAsync(context, frame, ct);
        }
    });

    private static async Task WriteFrameAsync(HttpContext context, SseFrame frame, CancellationToken ct)
    {
        await context.Response.WriteAsync($"event: {frame.Event}\ndata: {frame.Data}\n\n", Encoding.UTF8, ct);
        await context.Response.Body.FlushAsync(ct);
    }
}
