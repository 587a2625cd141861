using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests.ChatCompletions;

/// <summary>What each recording maps to: items, statuses, usage.</summary>
public class ChatFixtureContentTests
{
    private static async Task<(JsonElement Streamed, IReadOnlyList<JsonElement> Events)> StreamFixtureAsync(string fixture)
    {
        await using ChatHarness harness = await ChatHarness.StartAsync();
        harness.Reply(ChatFixtures.Replay(fixture));
        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });
        return (TranslatedOutput.Terminal(events), events);
    }

    [Fact]
    public async Task Length_finish_is_incomplete_with_max_output_tokens()
    {
        (JsonElement response, IReadOnlyList<JsonElement> events) = await StreamFixtureAsync(ChatFixtures.RawSse + "/chat-stream-text-with-usage.sse");

        events[^1].GetProperty("type").GetString().Should().Be("response.incomplete");
        response.GetProperty("incomplete_details").GetProperty("reason").GetString().Should().Be("max_output_tokens");
        response.GetProperty("output")[0].GetProperty("status").GetString().Should().Be("incomplete");
        response.GetProperty("output")[0].GetProperty("content")[0].GetProperty("text").GetString().Should().Be("{\"");
        response.GetProperty("usage").GetProperty("input_tokens").GetInt64().Should().Be(79);
        response.GetProperty("usage").GetProperty("output_tokens").GetInt64().Should().Be(1);
        response.GetProperty("usage").GetProperty("total_tokens").GetInt64().Should().Be(80);
    }

    [Fact]
    public async Task Streamed_tool_call_becomes_a_function_call_item()
    {
        (JsonElement response, IReadOnlyList<JsonElement> events) = await StreamFixtureAsync(ChatFixtures.RawSse + "/chat-stream-tool-call-with-usage.sse");

        response.GetProperty("status").GetString().Should().Be("completed");
        JsonElement call = response.GetProperty("output").EnumerateArray().Single();
        call.GetProperty("type").GetString().Should().Be("function_call");
        call.GetProperty("call_id").GetString().Should().Be("call_4XzlGBLtUe9dy3GVNV4jhq7h");
        call.GetProperty("name").GetString().Should().Be("get_weather");
        call.GetProperty("arguments").GetString().Should().Be("{\"city\":\"New York City\"}");
        events.Count(e => e.GetProperty("type").GetString() == "response.function_call_arguments.delta").Should().Be(7);
    }

    [Fact]
    public async Task Text_then_a_tool_call_at_a_sparse_index_keeps_both_in_order()
    {
        (JsonElement response, _) = await StreamFixtureAsync(ChatFixtures.VercelCompatible + "/anthropic-fallback-tool-call.sse");

        string[] types = [.. response.GetProperty("output").EnumerateArray().Select(i => i.GetProperty("type").GetString()!)];
        types.Should().Equal("message", "function_call");
        response.GetProperty("output")[0].GetProperty("content")[0].GetProperty("text").GetString().Should().Be("Reading it.");
        response.GetProperty("output")[1].GetProperty("call_id").GetString().Should().Be("toolu_sanitized");
        response.GetProperty("output")[1].GetProperty("arguments").GetString().Should().Be("{\"path\": \"a.txt\"}");
        (response.TryGetProperty("usage", out JsonElement usage) ? usage.ValueKind : JsonValueKind.Null).Should().Be(JsonValueKind.Null, "the recording has no usage chunk");
    }

    [Fact]
    public async Task Reasoning_content_becomes_a_reasoning_item_before_the_message()
    {
        (JsonElement response, IReadOnlyList<JsonElement> events) = await StreamFixtureAsync(ChatFixtures.VercelCompatible + "/xai-text.chunks.txt");

        JsonElement reasoning = response.GetProperty("output")[0];
        reasoning.GetProperty("type").GetString().Should().Be("reasoning");
        reasoning.GetProperty("summary")[0].GetProperty("text").GetString().Should().StartWith("First, the user said");
        response.GetProperty("output")[1].GetProperty("content")[0].GetProperty("text").GetString().Should().Be("Grok");
        events.Should().Contain(e => e.GetProperty("type").GetString() == "response.reasoning_summary_text.delta");

        // xAI counts reasoning outside completion_tokens; total_tokens tells, and output_tokens includes it as OpenAI's does.
        JsonElement usage = response.GetProperty("usage");
        usage.GetProperty("input_tokens").GetInt64().Should().Be(12);
        usage.GetProperty("input_tokens_details").GetProperty("cached_tokens").GetInt64().Should().Be(11);
        usage.GetProperty("output_tokens").GetInt64().Should().Be(342);
        usage.GetProperty("output_tokens_details").GetProperty("reasoning_tokens").GetInt64().Should().Be(340);
        usage.GetProperty("total_tokens").GetInt64().Should().Be(354);
    }

    [Fact]
    public async Task Azure_prompt_filter_preamble_is_skipped_and_reasoning_tokens_are_kept()
    {
        (JsonElement response, _) = await StreamFixtureAsync(ChatFixtures.VercelOpenAI + "/azure-model-router.1.chunks.txt");

        response.GetProperty("id").GetString().Should().Be("resp_chatcmpl-CYPS1lijGoK8gd9lYzY3r9Sx50nbt");
        response.GetProperty("model").GetString().Should().Be("gpt-5-nano-2025-08-07");
        response.GetProperty("output")[0].GetProperty("content")[0].GetProperty("text").GetString().Should().Be("Capital of Denmark.");
        response.GetProperty("usage").GetProperty("output_tokens_details").GetProperty("reasoning_tokens").GetInt64().Should().Be(64);
    }

    [Fact]
    public async Task Body_reasoning_content_and_cached_tokens_map()
    {
        await using ChatHarness harness = await ChatHarness.StartAsync();
        harness.Reply(UpstreamReply.Json(Fixtures.ReadJson(ChatFixtures.VercelCompatible + "/xai-text.json")));

        JsonElement response = await harness.CreateAsync(new CreateResponseRequest { Input = "Say a single word." });

        response.GetProperty("output")[0].GetProperty("type").GetString().Should().Be("reasoning");
        response.GetProperty("output")[1].GetProperty("content")[0].GetProperty("text").GetString().Should().Be("Grok");
        response.GetProperty("usage").GetProperty("input_tokens_details").GetProperty("cached_tokens").GetInt64().Should().Be(2);
        response.GetProperty("created_at").GetInt64().Should().Be(1770772090);
    }
}
