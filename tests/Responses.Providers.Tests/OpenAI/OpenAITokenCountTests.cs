using FluentAssertions;
using Responses.Testing;

namespace Responses.Providers.Tests.OpenAI;

/// <summary><see cref="IInputTokenCounter"/> on OpenAI: <c>POST /v1/responses/input_tokens</c> passed through.</summary>
public class OpenAITokenCountTests(OpenAIUpstream upstream) : IClassFixture<OpenAIUpstream>
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
}
