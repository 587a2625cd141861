using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Responses.Testing;

namespace Responses.Gateway.Tests;

/// <summary>Replies and clock helpers for the routing, retry, fallback, cost and budget tests through the gateway.</summary>
internal static class RouterFakes
{
    private static int _next;

    /// <summary>A completed OpenAI Responses body for the model the request named, with the given usage (a fresh id each time).</summary>
    public static UpstreamReply OpenAIReply(RecordedRequest request, int inputTokens = 1000, int outputTokens = 500)
    {
        string model = request.Json?.GetProperty("model").GetString() ?? "unknown";
        string id = "resp_fake" + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
        return UpstreamReply.Json($$$"""
            {"id":"{{{id}}}","object":"response","created_at":1700000000,"status":"completed","model":"{{{model}}}",
             "output":[{"type":"message","id":"msg_{{{id}}}","status":"completed","role":"assistant",
                        "content":[{"type":"output_text","text":"served by {{{model}}}","annotations":[]}] }],
             "usage":{"input_tokens":{{{inputTokens}}},"input_tokens_details":{"cached_tokens":0},
                      "output_tokens":{{{outputTokens}}},"output_tokens_details":{"reasoning_tokens":0},
                      "total_tokens":{{{inputTokens + outputTokens}}} } }
            """);
    }

    /// <summary>An OpenAI-shaped error reply.</summary>
    public static UpstreamReply OpenAIError(int status, string code) =>
        UpstreamReply.Json($$$"""{"error":{"message":"upstream says {{{code}}}","type":"server_error","param":null,"code":"{{{code}}}"} }""", status);

    /// <summary>An Anthropic-shaped error reply (529 is Anthropic's "overloaded").</summary>
    public static UpstreamReply AnthropicError(int status) =>
        UpstreamReply.Json("""{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}""", status);

    /// <summary>
    /// Moves the fake clock a second at a time until <paramref name="call"/> finishes: retry back-offs and waits run
    /// on the gateway's clock, so the test advances it instead of sleeping (the short real wait only yields to the server).
    /// </summary>
    public static async Task<T> WhileAdvancingAsync<T>(FakeTimeProvider time, Task<T> call)
    {
        for (int i = 0; i < 600 && !call.IsCompleted; i++)
        {
            await Task.WhenAny(call, Task.Delay(20));
            if (!call.IsCompleted)
            {
                time.Advance(TimeSpan.FromSeconds(1));
            }
        }

        return await call;
    }

    /// <summary>The value of a response header, or null.</summary>
    public static string? Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out IEnumerable<string>? values) ? values.First() : null;
}
