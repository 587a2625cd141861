using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Testing;

namespace Responses.Providers.Tests.Middleware.Cost;

/// <summary>Provider wire bodies with chosen usage, for cost tests against the fake upstream.</summary>
internal static class CostWire
{
    public const string OpenAIRecordings = Fixtures.OpenAIResponsesRecordings;

    /// <summary>An Anthropic Messages API body with the given usage.</summary>
    public static JsonElement AnthropicMessage(string model, long input, long cacheRead, long cacheWrite, long output) =>
        Fixtures.ParseElement(new JsonObject
        {
            ["id"] = "msg_cost_1",
            ["type"] = "message",
            ["role"] = "assistant",
            ["model"] = model,
            ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "Priced answer." }),
            ["stop_reason"] = "end_turn",
            ["stop_sequence"] = null,
            ["usage"] = new JsonObject
            {
                ["input_tokens"] = input,
                ["cache_creation_input_tokens"] = cacheWrite,
                ["cache_read_input_tokens"] = cacheRead,
                ["output_tokens"] = output,
            },
        }.ToJsonString());

    /// <summary>A Gemini GenerateContentResponse with the given usage.</summary>
    public static JsonElement GeminiBody(string model, long prompt, long cached, long candidates, long thoughts) =>
        Fixtures.ParseElement(new JsonObject
        {
            ["candidates"] = new JsonArray(new JsonObject
            {
                ["content"] = new JsonObject { ["role"] = "model", ["parts"] = new JsonArray(new JsonObject { ["text"] = "Priced answer." }) },
                ["finishReason"] = "STOP",
                ["index"] = 0,
            }),
            ["usageMetadata"] = new JsonObject
            {
                ["promptTokenCount"] = prompt,
                ["cachedContentTokenCount"] = cached,
                ["candidatesTokenCount"] = candidates,
                ["thoughtsTokenCount"] = thoughts,
                ["totalTokenCount"] = prompt + candidates + thoughts,
            },
            ["modelVersion"] = model,
            ["responseId"] = "gemini-cost-1",
        }.ToJsonString());

    /// <summary>The <c>usage.cost</c> of a response serialized as JSON.</summary>
    public static JsonElement CostOf(JsonElement response) => response.GetProperty("usage").GetProperty("cost");

    public static decimal Dec(JsonElement cost, string name) => cost.GetProperty(name).GetDecimal();
}
