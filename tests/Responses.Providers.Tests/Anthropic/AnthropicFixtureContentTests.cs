using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Responses.Providers.Anthropic;
using Responses.Testing;

namespace Responses.Providers.Tests.Anthropic;

/// <summary>What specific recordings map to: text, tool calls, thinking, refusals, usage, skipped blocks.</summary>
public class AnthropicFixtureContentTests
{
    private const string Vercel = AnthropicFixtures.Vercel;

    [Fact]
    public async Task Raw_sse_text_stream()
    {
        JsonElement response = await Stream("wire/anthropic/basic_response.txt");

        response.GetProperty("model").GetString().Should().Be("claude-3-opus-latest");
        response.GetProperty("status").GetString().Should().Be("completed");
        Output(response, 0).GetProperty("content")[0].GetProperty("text").GetString().Should().Be("Hello there!");
        JsonAssert.Equal(
            """{"input_tokens":11,"input_tokens_details":{"cached_tokens":0,"cache_write_tokens":0},"output_tokens":6,"output_tokens_details":{"reasoning_tokens":0},"total_tokens":17}""",
            response.GetProperty("usage").GetRawText());
    }

    [Fact]
    public async Task Raw_sse_tool_use_stream()
    {
        JsonElement response = await Stream("wire/anthropic/tool_use_response.txt");

        Output(response, 0).GetProperty("content")[0].GetProperty("text").GetString().Should().Be("I'll check the current weather in Paris for you.");
        JsonElement call = Output(response, 1);
        call.GetProperty("type").GetString().Should().Be("function_call");
        call.GetProperty("call_id").GetString().Should().Be("toolu_01NRLabsLyVHZPKxbKvkfSMn");
        call.GetProperty("name").GetString().Should().Be("get_weather");
        call.GetProperty("arguments").GetString().Should().Be("""{"location": "Paris"}""");
        call.GetProperty("status").GetString().Should().Be("completed");
    }

    [Theory]
    [InlineData("wire/anthropic/refusal_response.txt", "This request was refused due to policy.")]
    [InlineData(Vercel + "/anthropic-refusal.chunks.txt", "This request triggered restrictions on violative cyber content and was blocked under Anthropic's Usage Policy.")]
    public async Task Refusal_streams_become_a_refusal_part_with_the_stop_details(string fixture, string explanation)
    {
        JsonElement response = await Stream(fixture);

        response.GetProperty("status").GetString().Should().Be("completed");
        JsonElement part = Output(response, 0).GetProperty("content").EnumerateArray().Should().ContainSingle().Subject;
        part.GetProperty("type").GetString().Should().Be("refusal");
        part.GetProperty("refusal").GetString().Should().Be(explanation);
        response.GetProperty("stop_details").GetProperty("category").GetString().Should().Be("cyber");
    }

    [Fact]
    public async Task Refusal_without_details_gets_a_fixed_explanation()
    {
        JsonElement response = await Body(Vercel + "/anthropic-refusal-no-details.json");

        Output(response, 0).GetProperty("content")[0].GetProperty("refusal").GetString().Should().Be("The model declined to answer.");
        response.TryGetProperty("stop_details", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Thinking_becomes_reasoning_whose_encrypted_content_is_the_original_block()
    {
        JsonElement original = Fixtures.ReadJson(Vercel + "/anthropic-claude-opus-5-reasoning-high.1.json");
        JsonElement response = await Body(Vercel + "/anthropic-claude-opus-5-reasoning-high.1.json");

        JsonElement reasoning = Output(response, 0);
        reasoning.GetProperty("type").GetString().Should().Be("reasoning");
        reasoning.GetProperty("summary")[0].GetProperty("text").GetString().Should().Be(original.GetProperty("content")[0].GetProperty("thinking").GetString());
        string encrypted = reasoning.GetProperty("encrypted_content").GetString()!;
        encrypted.Should().StartWith("anthropic.v1:");
        string json = Encoding.UTF8.GetString(Convert.FromBase64String(encrypted["anthropic.v1:".Length..]));
        JsonAssert.Equal($"[{original.GetProperty("content")[0].GetRawText()}]", json);
        json.Should().Contain(original.GetProperty("content")[0].GetProperty("signature").GetString());
        response.GetProperty("usage").GetProperty("output_tokens_details").GetProperty("reasoning_tokens").GetInt64().Should().Be(139);
    }

    [Fact]
    public async Task Cache_tokens_are_added_to_input_and_kept_in_the_details()
    {
        JsonElement response = await Stream(Vercel + "/anthropic-code-execution-20260120-prompt-cache.1.chunks.txt");

        // message_delta: input 6, cache creation 3337, cache read 6289, output 198 (cumulative values replace message_start's).
        JsonElement usage = response.GetProperty("usage");
        usage.GetProperty("input_tokens").GetInt64().Should().Be(6 + 3337 + 6289);
        usage.GetProperty("input_tokens_details").GetProperty("cached_tokens").GetInt64().Should().Be(6289);
        usage.GetProperty("input_tokens_details").GetProperty("cache_write_tokens").GetInt64().Should().Be(3337);
        usage.GetProperty("input_tokens_details").GetProperty("cache_creation").GetProperty("ephemeral_5m_input_tokens").GetInt64().Should().Be(3068);
        usage.GetProperty("total_tokens").GetInt64().Should().Be(6 + 3337 + 6289 + 198);

        // The bash code execution blocks are server-tool blocks: skipped; only the answer remains.
        Output(response, 0).GetProperty("content")[0].GetProperty("text").GetString().Should().StartWith("The sum of the squares");
        response.GetProperty("output").GetArrayLength().Should().Be(1);
    }

    [Theory]
    [InlineData("wire/anthropic/compaction_response.txt", 1)]
    [InlineData(Vercel + "/anthropic-mcp.1.chunks.txt", 1)]
    [InlineData(Vercel + "/anthropic-fallback.chunks.txt", 1)]
    [InlineData(Vercel + "/anthropic-advisor-stop-reasons.chunks.txt", 0)]
    public async Task Blocks_of_later_issues_are_skipped(string fixture, int messages)
    {
        JsonElement response = await Stream(fixture);

        response.GetProperty("status").GetString().Should().Be("completed");
        response.GetProperty("output").EnumerateArray().Select(i => i.GetProperty("type").GetString()).Should().Equal(Enumerable.Repeat("message", messages));
    }

    [Fact]
    public async Task Calls_made_by_server_side_code_arrive_whole_in_message_start()
    {
        // The second answer of the recording: message_start already holds the tool_use and the stop reason; no message_delta follows.
        JsonElement response = await Stream(Vercel + "/anthropic-programmatic-tool-calling.1.chunks.txt#2");

        JsonElement call = Output(response, 0);
        call.GetProperty("call_id").GetString().Should().Be("toolu_015dGLMbwBKv1ZRQr6KdJzeH");
        call.GetProperty("arguments").GetString().Should().Be("""{"player":"player2"}""");
        response.GetProperty("status").GetString().Should().Be("completed");
    }

    [Theory]
    [InlineData("model_context_window_exceeded", "incomplete")]
    [InlineData("pause_turn", "completed")]
    [InlineData("stop_sequence", "completed")]
    public async Task Other_stop_reasons(string stopReason, string status)
    {
        string body = $$$"""{"id":"msg_s","type":"message","role":"assistant","model":"m","content":[{"type":"text","text":"partial"}],"stop_reason":"{{{stopReason}}}","stop_sequence":null,"usage":{"input_tokens":1,"output_tokens":1}}""";
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(UpstreamReply.Json(body));

        JsonElement response = await harness.CreateAsync(new CreateResponseRequest { Input = "Hi" });

        response.GetProperty("status").GetString().Should().Be(status);
        if (status == "incomplete")
        {
            response.GetProperty("incomplete_details").GetProperty("reason").GetString().Should().Be("max_output_tokens");
        }
    }

    [Fact]
    public async Task The_client_is_registered_with_dependency_injection()
    {
        await using FakeUpstream upstream = await FakeUpstream.StartAsync();
        upstream.EnqueuePost(AnthropicHarness.MessagesPath, UpstreamReply.Json(Fixtures.ReadJson(Vercel + "/anthropic-text.json")));
        var services = new ServiceCollection();
        services.AddAnthropicResponsesClient(o =>
        {
            o.ApiKey = "k";
            o.Endpoint = upstream.BaseAddress;
            o.DefaultModel = "claude-sonnet-4-5";
        });
        await using ServiceProvider provider = services.BuildServiceProvider();

        IResponsesClient client = provider.GetRequiredService<IResponsesClient>();
        Response response = await client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" });

        response.OutputText.Should().StartWith("Hello!");
        client.GetService(typeof(AnthropicResponsesClient)).Should().NotBeNull();
        client.GetService<ResponsesClientMetadata>()!.ProviderName.Should().Be("anthropic");
    }

    private static JsonElement Output(JsonElement response, int index) => response.GetProperty("output")[index];

    private static async Task<JsonElement> Stream(string fixture)
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(AnthropicHarness.Stream(AnthropicFixtures.ReadStream(fixture)));
        return TranslatedOutput.Terminal(await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" }));
    }

    private static async Task<JsonElement> Body(string fixture)
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(UpstreamReply.Json(Fixtures.ReadJson(fixture)));
        return await harness.CreateAsync(new CreateResponseRequest { Input = "Hi" });
    }
}
