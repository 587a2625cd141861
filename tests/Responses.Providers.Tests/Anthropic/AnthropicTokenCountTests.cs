using System.Text.Json;
using FluentAssertions;
using Responses.Providers.Anthropic;
using Responses.Testing;

namespace Responses.Providers.Tests.Anthropic;

/// <summary><see cref="IInputTokenCounter"/> on Anthropic: <c>POST /v1/messages/count_tokens</c> with the create translation.</summary>
public class AnthropicTokenCountTests
{
    private const string CountPath = "/v1/messages/count_tokens";

    [Fact]
    public async Task Counts_with_count_tokens_and_the_same_translation_as_a_create_without_output_fields()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Upstream.EnqueuePost(CountPath, UpstreamReply.Json("""{"input_tokens":1234}"""));
        CreateResponseRequest request = ResponsesJson.Deserialize<CreateResponseRequest>(
            """
            {"model":"claude-sonnet-4-5","instructions":"Be brief.","max_output_tokens":50,"temperature":0.2,"stream":true,
             "input":[{"role":"user","content":"What is the weather in Paris?"}],
             "tools":[{"type":"function","name":"get_weather","description":"Weather","parameters":{"type":"object","properties":{"city":{"type":"string"}}}}],
             "tool_choice":"auto"}
            """)!;

        IInputTokenCounter counter = harness.Client.GetService(typeof(IInputTokenCounter)).Should().BeAssignableTo<IInputTokenCounter>().Subject;
        InputTokenCountResult result = await counter.CountInputTokensAsync(request);

        result.InputTokens.Should().Be(1234);
        result.Object.Should().Be("response.input_tokens");
        RecordedRequest recorded = (await harness.Upstream.WaitForRequestsAsync(1)).Single();
        recorded.Method.Should().Be("POST");
        recorded.Path.Should().Be(CountPath);
        recorded.Header("x-api-key").Should().Be("sk-ant-test");
        recorded.Header("anthropic-version").Should().Be("2023-06-01");
        JsonAssert.Equal(
            """
            {"model":"claude-sonnet-4-5",
             "system":[{"type":"text","text":"Be brief."}],
             "messages":[{"role":"user","content":[{"type":"text","text":"What is the weather in Paris?"}]}],
             "tools":[{"name":"get_weather","description":"Weather","input_schema":{"type":"object","properties":{"city":{"type":"string"}}}}],
             "tool_choice":{"type":"auto"}}
            """,
            recorded.Json!.Value.GetRawText());
    }

    [Fact]
    public async Task Is_found_through_middleware_and_maps_upstream_errors()
    {
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Upstream.EnqueuePost(CountPath, UpstreamReply.Json(
            """{"type":"error","error":{"type":"not_found_error","message":"model: claude-nope"}}""", 404));
        using IResponsesClient pipeline = new PassThroughClient(harness.Client);

        var counter = (IInputTokenCounter)pipeline.GetService(typeof(IInputTokenCounter))!;
        Func<Task> count = () => counter.CountInputTokensAsync(new CreateResponseRequest { Model = "claude-nope", Input = "Hi" });

        (await count.Should().ThrowAsync<ResponsesException>()).Which.StatusCode.Should().Be(404);
        (await harness.Upstream.WaitForRequestsAsync(1)).Single().Json!.Value.GetProperty("model").GetString().Should().Be("claude-nope");
    }

    private sealed class PassThroughClient(IResponsesClient inner) : DelegatingResponsesClient(inner);
}
