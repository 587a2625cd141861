using FluentAssertions;
using Responses.Testing;

namespace Responses.Providers.Tests.Bedrock;

/// <summary><see cref="IInputTokenCounter"/> on Bedrock: the CountTokens API (<c>POST /model/{modelId}/count-tokens</c>, service-2 shape).</summary>
public class BedrockTokenCountTests
{
    [Fact]
    public async Task Counts_the_converse_translation_without_inference_settings_signed_with_sigv4()
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.Upstream.Route("POST", "/model/{model}/count-tokens").Enqueue(UpstreamReply.Json("""{"inputTokens":19}"""));
        CreateResponseRequest request = ResponsesJson.Deserialize<CreateResponseRequest>(
            """{"instructions":"Be brief.","temperature":0.2,"max_output_tokens":100,"input":"Hi"}""")!;

        var counter = (IInputTokenCounter)harness.Client.GetService(typeof(IInputTokenCounter))!;
        InputTokenCountResult result = await counter.CountInputTokensAsync(request);

        result.InputTokens.Should().Be(19);
        RecordedRequest recorded = (await harness.Upstream.WaitForRequestsAsync(1)).Single();
        recorded.Path.Should().StartWith("/model/anthropic.claude-3-haiku-20240307-v1").And.EndWith("/count-tokens");
        recorded.Header("Authorization").Should().StartWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/");
        JsonAssert.Equal(
            """{"input":{"converse":{"messages":[{"role":"user","content":[{"text":"Hi"}]}],"system":[{"text":"Be brief."}]}}}""",
            recorded.Json!.Value.GetRawText());
    }

    [Fact]
    public async Task An_answer_without_input_tokens_is_a_clear_upstream_error()
    {
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.Upstream.Route("POST", "/model/{model}/count-tokens").Enqueue(UpstreamReply.Json("""{"tokens":1}"""));

        Func<Task> count = () => harness.Client.CountInputTokensAsync(new CreateResponseRequest { Input = "Hi" });

        (await count.Should().ThrowAsync<ResponsesException>()).Which.StatusCode.Should().Be(502);
    }
}
