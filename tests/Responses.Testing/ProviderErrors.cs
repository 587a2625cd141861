using System.Text.Json;
using System.Text.Json.Nodes;

namespace Responses.Testing;

/// <summary>Error replies shaped like each provider's real error bodies.</summary>
public static class ProviderErrors
{
    /// <summary>OpenAI: <c>{"error":{"message","type","param","code"}}</c>.</summary>
    public static UpstreamReply OpenAI(int statusCode, string message, string type = "invalid_request_error", string? param = null, string? code = null) =>
        UpstreamReply.Json(
            new JsonObject
            {
                ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["param"] = param, ["code"] = code },
            }.ToJsonString(),
            statusCode);

    /// <summary>OpenAI 429 with <c>Retry-After</c>.</summary>
    public static UpstreamReply OpenAIRateLimited(TimeSpan retryAfter, string message = "Rate limit reached for requests") =>
        OpenAI(429, message, "requests", null, "rate_limit_exceeded").WithRetryAfter(retryAfter);

    /// <summary>Anthropic: <c>{"type":"error","error":{"type","message"}}</c> (e.g. <c>overloaded_error</c> with 529).</summary>
    public static UpstreamReply Anthropic(int statusCode, string type, string message) =>
        UpstreamReply.Json(
            new JsonObject
            {
                ["type"] = "error",
                ["error"] = new JsonObject { ["type"] = type, ["message"] = message },
            }.ToJsonString(),
            statusCode);

    /// <summary>Gemini: <c>{"error":{"code","message","status"}}</c> (e.g. 429 <c>RESOURCE_EXHAUSTED</c>).</summary>
    public static UpstreamReply Gemini(int statusCode, string message, string status) =>
        UpstreamReply.Json(
            new JsonObject
            {
                ["error"] = new JsonObject { ["code"] = statusCode, ["message"] = message, ["status"] = status },
            }.ToJsonString(),
            statusCode);

    /// <summary>Bedrock runtime: <c>{"message":...}</c> with the <c>x-amzn-ErrorType</c> header (e.g. <c>ThrottlingException</c>).</summary>
    public static UpstreamReply Bedrock(int statusCode, string errorType, string message) =>
        UpstreamReply.Json(new JsonObject { ["message"] = message }.ToJsonString(), statusCode)
            .WithHeader("x-amzn-ErrorType", errorType)
            .WithHeader("x-amzn-RequestId", "00000000-0000-0000-0000-000000000000");

    /// <summary>Reads a reply body back as JSON (for assertions on the helpers).</summary>
    public static JsonElement BodyJson(UpstreamReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return Fixtures.ParseElement(System.Text.Encoding.UTF8.GetString((reply.Body ?? ReadOnlyMemory<byte>.Empty).Span));
    }
}
