using System.Net;
using System.Text.Json;
using Responses.Testing;

namespace Responses.Gateway.Tests;

/// <summary>What a chat completion carries besides text: refusals, reasoning, citations, cut answers.</summary>
public sealed class ChatCompletionsContentTests
{
    private const string AnthropicVercel = "wire/vercel-ai-fixtures/packages/anthropic/src/__fixtures__";
    private const string UserHi = """{"model":"claude","messages":[{"role":"user","content":"Hi"}]}""";

    private static void ShouldBeValidBody(JsonElement body) =>
        SchemaValidator.Strict.Validate(ApiSpec.OpenAI, ChatStream.BodySchema, body).Should().BeEmpty(body.GetRawText());

    [Fact]
    public async Task An_Anthropic_refusal_streams_as_a_refusal_delta()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.Anthropic.EnqueuePost("/v1/messages", UpstreamReply.Sse(Fixtures.ReadSseFrames("wire/anthropic/refusal_response.txt")));

        using HttpResponseMessage response = await gateway.Client.PostAsync("/v1/chat/completions",
            GatewayHarness.Json("""{"model":"claude","messages":[{"role":"user","content":"Hi"}],"stream":true}"""));

        ChatStream stream = await ChatStream.ReadAsync(response);
        stream.ShouldBeValidChunks();
        stream.EndedWithDone.Should().BeTrue();
        string.Concat(stream.Deltas.Where(d => d.TryGetProperty("refusal", out JsonElement r) && r.ValueKind == JsonValueKind.String)
            .Select(d => d.GetProperty("refusal").GetString())).Should().Be("This request was refused due to policy.");
        stream.Content.Should().BeEmpty();
    }

    [Fact]
    public async Task Anthropic_thinking_comes_back_as_reasoning_content_next_to_the_answer()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        JsonElement recorded = Fixtures.ReadJson(AnthropicVercel + "/anthropic-claude-opus-5-reasoning-high.1.json");
        gateway.Anthropic.EnqueuePost("/v1/messages", UpstreamReply.Json(recorded));

        var (response, body) = await gateway.PostAsync("/v1/chat/completions", UserHi);

        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        ShouldBeValidBody(body);
        JsonElement message = body.GetProperty("choices")[0].GetProperty("message");
        message.GetProperty("reasoning_content").GetString().Should().Be(recorded.GetProperty("content")[0].GetProperty("thinking").GetString());
        message.GetProperty("content").GetString().Should().Be(recorded.GetProperty("content")[1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task OpenAI_url_citations_become_message_annotations_and_its_token_details_usage_details()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        JsonElement recorded = Fixtures.ReadJson(Fixtures.OpenAIResponsesRecordings + "/openai-web-search-tool.1.json");
        gateway.OpenAI.EnqueuePost("/v1/responses", UpstreamReply.Json(recorded));

        var (response, body) = await gateway.PostAsync("/v1/chat/completions", """{"model":"gpt","messages":[{"role":"user","content":"Tech news?"}]}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        ShouldBeValidBody(body);
        JsonElement[] annotations = [.. body.GetProperty("choices")[0].GetProperty("message").GetProperty("annotations").EnumerateArray()];
        annotations.Should().HaveCount(10);
        annotations[0].GetProperty("type").GetString().Should().Be("url_citation");
        JsonElement citation = annotations[0].GetProperty("url_citation");
        citation.GetProperty("start_index").GetInt32().Should().Be(426);
        citation.GetProperty("end_index").GetInt32().Should().Be(517);
        citation.GetProperty("url").GetString().Should().Be("https://www.theverge.com/podcast/838932/openai-chatgpt-code-red-vergecast");
        JsonElement usage = body.GetProperty("usage");
        usage.GetProperty("prompt_tokens").GetInt64().Should().Be(19681);
        usage.GetProperty("completion_tokens").GetInt64().Should().Be(3773);
        usage.GetProperty("prompt_tokens_details").GetProperty("cached_tokens").GetInt64().Should().Be(3712);
        usage.GetProperty("completion_tokens_details").GetProperty("reasoning_tokens").GetInt64().Should().Be(3136);
    }

    [Fact]
    public async Task An_answer_cut_at_max_tokens_finishes_with_length()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        string recorded = Fixtures.ReadJson(AnthropicVercel + "/anthropic-text.json").GetRawText().Replace("\"end_turn\"", "\"max_tokens\"", StringComparison.Ordinal);
        gateway.Anthropic.EnqueuePost("/v1/messages", UpstreamReply.Json(recorded));

        var (response, body) = await gateway.PostAsync("/v1/chat/completions", UserHi);

        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        ShouldBeValidBody(body);
        body.GetProperty("choices")[0].GetProperty("finish_reason").GetString().Should().Be("length");
        body.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString().Should().StartWith("Hello!");
    }
}
