using FluentAssertions;
using Responses.Testing;

namespace Responses.Providers.Tests.OpenAI;

/// <summary><see cref="IInputTokenCounter"/> and <see cref="IResponseCompactor"/> on OpenAI: <c>/v1/responses/input_tokens</c> and <c>/v1/responses/compact</c> passed through.</summary>
public class OpenAICountAndCompactTests(OpenAIUpstream upstream) : IClassFixture<OpenAIUpstream>
{
    [Fact]
    public async Task Passes_the_countable_fields_through_to_input_tokens()
    {
        Lane lane = upstream.NewLane();
        lane.Route("POST", "responses/input_tokens").Enqueue(UpstreamReply.Json("""{"object":"response.input_tokens","input_tokens":42}"""));
        using var client = lane.Client();
        CreateResponseRequest request = ResponsesJson.Deserialize<CreateResponseRequest>(
            """{"model":"gpt-5","instructions":"Be brief.","input":"Hi","previous_response_id":"resp_1","max_output_tokens":10,"stream":true,"temperature":0.5}""")!;

        InputTokenCountResult result = await ((IInputTokenCounter)client.GetService(typeof(IInputTokenCounter))!).CountInputTokensAsync(request);

        result.InputTokens.Should().Be(42);
        RecordedRequest recorded = await lane.WaitForRequestAsync(TimeSpan.FromSeconds(10));
        recorded.Path.Should().Be(lane.PathOf("responses/input_tokens"));
        recorded.Header("Authorization").Should().Be("Bearer key");
        JsonAssert.Equal("""{"model":"gpt-5","input":"Hi","instructions":"Be brief.","previous_response_id":"resp_1"}""", recorded.Json!.Value.GetRawText());
    }

    [Fact]
    public async Task Compaction_is_passed_through_to_responses_compact()
    {
        Lane lane = upstream.NewLane();
        lane.Route("POST", "responses/compact").Enqueue(UpstreamReply.Json(
            """{"id":"cmp_1","object":"response.compaction","created_at":1760000000,"output":[{"type":"compaction","id":"cmp_item_1","encrypted_content":"gAAAAB"}],"usage":{"input_tokens":10,"input_tokens_details":{"cached_tokens":0},"output_tokens":2,"output_tokens_details":{"reasoning_tokens":0},"total_tokens":12}}"""));
        using var client = lane.Client(o => o.DefaultModel = "gpt-5");

        CompactedResponse compacted = await ((IResponseCompactor)client.GetService(typeof(IResponseCompactor))!)
            .CompactAsync(new CompactResponseRequest { Input = "Hi", Instructions = "Keep names." });

        compacted.Output.Should().ContainSingle().Which.Should().BeOfType<CompactionItem>().Which.EncryptedContent.Should().Be("gAAAAB");
        compacted.Usage!.TotalTokens.Should().Be(12);
        RecordedRequest recorded = await lane.WaitForRequestAsync(TimeSpan.FromSeconds(10));
        recorded.Path.Should().Be(lane.PathOf("responses/compact"));
        JsonAssert.Equal("""{"model":"gpt-5","input":"Hi","instructions":"Keep names."}""", recorded.Json!.Value.GetRawText());
    }
}
