using System.Text.Json;
using Responses.Providers.Streaming;
using Responses.Testing;

namespace Responses.Providers.Tests.Middleware.Resilience;

/// <summary>Upstream replies in the OpenAI Responses wire format, built with the library's own stream writer.</summary>
internal static class OpenAIReplies
{
    public static Response Completed(string id, string model, string text, long totalTokens = 10)
    {
        ResponseWriter writer = Writer(id, model, emitEvents: false);
        int message = writer.BeginMessage($"msg_{id}");
        writer.AppendOutputText(message, text);
        writer.SetUsage(Usage(totalTokens));
        writer.Complete();
        return writer.Response;
    }

    /// <summary>A JSON reply with a completed response.</summary>
    public static UpstreamReply Json(string id, string model, string text, long totalTokens = 10) =>
        UpstreamReply.Json(ResponsesJson.Serialize(Completed(id, model, text, totalTokens)));

    /// <summary>The events of a streamed response: created, in_progress, a message with <paramref name="deltas"/>, completed.</summary>
    public static IReadOnlyList<JsonElement> StreamEvents(string id, string model, params string[] deltas)
    {
        ResponseWriter writer = Writer(id, model, emitEvents: true);
        writer.Start();
        int message = writer.BeginMessage($"msg_{id}");
        foreach (string delta in deltas)
        {
            writer.AppendOutputText(message, delta);
        }

        writer.SetUsage(Usage(10));
        writer.Complete();
        return writer.TakeEvents().Select(e => ResponsesJson.SerializeToElement(e)).ToList();
    }

    /// <summary>An SSE reply streaming a response.</summary>
    public static UpstreamReply Stream(string id, string model, params string[] deltas) =>
        UpstreamReply.SseEvents(StreamEvents(id, model, deltas));

    /// <summary>How many events come before the first output event (response.created, response.in_progress).</summary>
    public const int PreambleEvents = 2;

    /// <summary>A reply that drops the connection before any status line (a connection failure).</summary>
    public static UpstreamReply ConnectionDropped() => UpstreamReply.Custom((context, _) =>
    {
        context.Abort();
        return Task.CompletedTask;
    });

    private static ResponseWriter Writer(string id, string model, bool emitEvents) =>
        new(new Response { Id = id, Model = model, CreatedAt = 1, Tools = [], ToolChoice = ToolChoice.Auto, ParallelToolCalls = true, Temperature = 1, TopP = 1, Metadata = new Dictionary<string, string>() }, emitEvents);

    private static ResponseUsage Usage(long total) => new()
    {
        InputTokens = total / 2,
        OutputTokens = total - (total / 2),
        TotalTokens = total,
        InputTokensDetails = new InputTokensDetails { CachedTokens = 0 },
        OutputTokensDetails = new OutputTokensDetails { ReasoningTokens = 0 },
    };
}
