using System.Text.Json;
using Responses.Providers.Anthropic;
using Responses.Providers.Gemini;
using Responses.Providers.Tests.Anthropic;
using Responses.Testing;

namespace Responses.Providers.Tests.Gemini;

/// <summary>Claude on Vertex AI: the Anthropic translation over rawPredict / streamRawPredict, with a Google bearer token.</summary>
public class VertexAnthropicTests
{
    private const string RawPredict = "/v1/projects/{project}/locations/{location}/publishers/anthropic/models/{model}:rawPredict";
    private const string StreamRawPredict = "/v1/projects/{project}/locations/{location}/publishers/anthropic/models/{model}:streamRawPredict";

    private static async Task<(FakeUpstream Upstream, AnthropicResponsesClient Client)> StartAsync()
    {
        FakeUpstream upstream = await FakeUpstream.StartAsync();
        var vertex = new GeminiResponsesClientOptions { VertexProject = "my-proj", VertexLocation = "us-east5", Endpoint = upstream.BaseAddress, TokenSource = new FakeTokenSource() };
        AnthropicResponsesClient client = VertexAnthropic.CreateClient(vertex, o => o.DefaultModel = "claude-sonnet-4-5@20250929", upstream.CreateClient());
        return (upstream, client);
    }

    [Fact]
    public async Task Body_and_stream_go_to_rawPredict_with_the_vertex_version_and_no_model_in_the_body()
    {
        JsonElement anthropicBody = Fixtures.ReadJson(AnthropicFixtures.Vercel + "/anthropic-json-tool.1.json");
        IReadOnlyList<JsonElement> anthropicEvents = AnthropicFixtures.ReadStream(AnthropicFixtures.RawSse + "/basic_response.txt");
        (FakeUpstream upstream, AnthropicResponsesClient client) = await StartAsync();
        await using (upstream)
        using (client)
        {
            upstream.Route("POST", RawPredict).Enqueue(UpstreamReply.Json(anthropicBody));
            upstream.Route("POST", StreamRawPredict).Enqueue(AnthropicHarness.Stream(anthropicEvents));

            Response response = await client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" });
            var events = new List<JsonElement>();
            await foreach (ResponseStreamEvent e in client.CreateResponseStreamingAsync(new CreateResponseRequest { Input = "Hi" }))
            {
                events.Add(ResponsesJson.SerializeToElement(e));
            }

            TranslatedOutput.AssertValidResponse(ResponsesJson.SerializeToElement(response));
            TranslatedOutput.AssertValidStream(events);
            response.Id.Should().Be("resp_" + anthropicBody.GetProperty("id").GetString());
            events[^1].GetProperty("type").GetString().Should().Be("response.completed");

            IReadOnlyList<RecordedRequest> requests = await upstream.WaitForRequestsAsync(2);
            requests[0].Path.Should().Be("/v1/projects/my-proj/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5@20250929:rawPredict");
            requests[1].Path.Should().Be("/v1/projects/my-proj/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5@20250929:streamRawPredict");
            foreach (RecordedRequest request in requests)
            {
                request.Header("Authorization").Should().StartWith("Bearer ya29.fake-");
                request.Header("x-api-key").Should().BeNull();
                request.Header("anthropic-version").Should().BeNull();
                JsonElement body = request.Json!.Value;
                body.GetProperty("anthropic_version").GetString().Should().Be("vertex-2023-10-16");
                body.TryGetProperty("model", out _).Should().BeFalse();
                body.GetProperty("messages")[0].GetProperty("content")[0].GetProperty("text").GetString().Should().Be("Hi");
            }

            requests[1].Json!.Value.GetProperty("stream").GetBoolean().Should().BeTrue();
        }
    }

    [Fact]
    public async Task Google_and_Anthropic_error_bodies_both_map()
    {
        (FakeUpstream upstream, AnthropicResponsesClient client) = await StartAsync();
        await using (upstream)
        using (client)
        {
            upstream.Route("POST", RawPredict).Enqueue(
                UpstreamReply.Json(Fixtures.ReadJson(GeminiFixtures.Directory + "/google-429-retry-info.json"), 429),
                ProviderErrors.Anthropic(529, "overloaded_error", "Overloaded"));

            ResponsesException quota = (await FluentActions.Awaiting(() => client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" }))
                .Should().ThrowAsync<ResponsesException>()).Which;
            quota.Error!.Type.Should().Be("rate_limit_error");
            quota.RetryAfter.Should().Be(TimeSpan.FromSeconds(34.4));
            quota.ProviderName.Should().Be("vertex_ai");

            ResponsesException overloaded = (await FluentActions.Awaiting(() => client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" }))
                .Should().ThrowAsync<ResponsesException>()).Which;
            overloaded.Error!.Type.Should().Be("overloaded_error");
        }
    }
}
