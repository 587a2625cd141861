using System.Text.Json;
using FluentAssertions;
using Responses.Testing;

namespace Responses.Providers.Tests.Gemini;

/// <summary><see cref="IInputTokenCounter"/> on Gemini: <c>models/{model}:countTokens</c> with the create translation.</summary>
public class GeminiTokenCountTests
{
    private static CreateResponseRequest Request() => ResponsesJson.Deserialize<CreateResponseRequest>(
        """{"model":"gemini-2.5-flash","instructions":"Be brief.","metadata":{"team":"a"},"input":[{"role":"user","content":"Hi"}]}""")!;

    [Fact]
    public async Task Gemini_api_counts_the_whole_generate_content_request()
    {
        await using GeminiHarness harness = await GeminiHarness.StartAsync();
        harness.Upstream.Route("POST", "/v1beta/models/{model}:countTokens").Enqueue(UpstreamReply.Json("""{"totalTokens":31,"promptTokensDetails":[{"modality":"TEXT","tokenCount":31}]}"""));

        var counter = (IInputTokenCounter)harness.Client.GetService(typeof(IInputTokenCounter))!;
        InputTokenCountResult result = await counter.CountInputTokensAsync(Request());

        result.InputTokens.Should().Be(31);
        RecordedRequest recorded = (await harness.Upstream.WaitForRequestsAsync(1)).Single();
        recorded.Path.Should().Be("/v1beta/models/gemini-2.5-flash:countTokens");
        recorded.Header("x-goog-api-key").Should().Be("gemini-test-key");
        JsonElement inner = recorded.Json!.Value.GetProperty("generateContentRequest");
        inner.GetProperty("model").GetString().Should().Be("models/gemini-2.5-flash");
        JsonAssert.Equal("""[{"role":"user","parts":[{"text":"Hi"}]}]""", inner.GetProperty("contents").GetRawText());
        JsonAssert.Equal("""{"parts":[{"text":"Be brief."}]}""", inner.GetProperty("systemInstruction").GetRawText());
        inner.TryGetProperty("labels", out _).Should().BeFalse("labels are a Vertex AI field");
        recorded.Json!.Value.EnumerateObject().Select(p => p.Name).Should().Equal("generateContentRequest");
    }

    [Fact]
    public async Task Vertex_ai_counts_contents_system_instruction_and_tools_at_the_top_level()
    {
        await using GeminiHarness harness = await GeminiHarness.StartAsync(o =>
        {
            o.ApiKey = null;
            o.VertexProject = "my-proj";
            o.VertexLocation = "us-central1";
            o.TokenSource = new FakeTokenSource();
        });
        harness.Upstream.Route("POST", "/v1/projects/{project}/locations/{location}/publishers/google/models/{model}:countTokens")
            .Enqueue(UpstreamReply.Json("""{"totalTokens":12,"totalBillableCharacters":40}"""));

        InputTokenCountResult result = await ((IInputTokenCounter)harness.Client).CountInputTokensAsync(Request());

        result.InputTokens.Should().Be(12);
        RecordedRequest recorded = (await harness.Upstream.WaitForRequestsAsync(1)).Single();
        recorded.Path.Should().Be("/v1/projects/my-proj/locations/us-central1/publishers/google/models/gemini-2.5-flash:countTokens");
        recorded.Header("Authorization").Should().StartWith("Bearer ");
        JsonAssert.Equal(
            """{"contents":[{"role":"user","parts":[{"text":"Hi"}]}],"systemInstruction":{"parts":[{"text":"Be brief."}]}}""",
            recorded.Json!.Value.GetRawText());
    }

    [Fact]
    public async Task A_count_without_total_tokens_is_a_clear_upstream_error()
    {
        await using GeminiHarness harness = await GeminiHarness.StartAsync();
        harness.Upstream.Route("POST", "/v1beta/models/{model}:countTokens").Enqueue(UpstreamReply.Json("{}"));

        Func<Task> count = () => ((IInputTokenCounter)harness.Client).CountInputTokensAsync(Request());

        ResponsesException failure = (await count.Should().ThrowAsync<ResponsesException>()).Which;
        failure.StatusCode.Should().Be(502);
        failure.Message.Should().Contain("totalTokens");
    }
}
