using System.Text.Json;
using Responses.Providers.Middleware.LoadBalancing;
using Responses.Providers.Tests.Middleware.Resilience;
using Responses.Providers.Tests.OpenAI;
using Responses.Testing;

namespace Responses.Providers.Tests.Middleware.LoadBalancing;

/// <summary>Each strategy over real HTTP deployments, with a seeded random and a fake clock.</summary>
public class LoadBalancingStrategyTests(OpenAIUpstream upstream) : IClassFixture<OpenAIUpstream>
{
    private static CreateResponseRequest Request => new() { Model = "gpt-group", Input = "Hi" };

    [Fact]
    public async Task Weighted_random_spreads_calls_in_proportion_to_the_weights()
    {
        var deployments = new Deployments(upstream, "a", "b", "c");
        double[] weights = [1, 3, 6];
        int i = 0;
        using var client = new LoadBalancingResponsesClient(
            deployments.Build((_, d) => Deployments.With(d, weight: weights[i++])),
            new LoadBalancingResponsesClientOptions { Random = new Random(7), TimeProvider = new RecordingClock() });

        // Seeded, so the counts are reproducible; the tolerance is about 2.5 standard deviations of a fair weighted draw.
        const int calls = 1000;
        for (int n = 0; n < calls; n++)
        {
            await client.CreateResponseAsync(Request);
        }

        Dictionary<string, int> creates = deployments.Creates();
        creates.Values.Sum().Should().Be(calls);
        ((double)creates["a"] / calls).Should().BeApproximately(0.1, 0.04);
        ((double)creates["b"] / calls).Should().BeApproximately(0.3, 0.04);
        ((double)creates["c"] / calls).Should().BeApproximately(0.6, 0.04);
    }

    [Fact]
    public async Task Each_deployment_gets_the_request_with_its_own_model_and_reports_itself_as_served_by()
    {
        var deployments = new Deployments(upstream, "a");
        using var client = new LoadBalancingResponsesClient(deployments.Build());
        using var servedBy = ResponsesServedBy.Track();

        Response response = await client.CreateResponseAsync(Request);

        response.Model.Should().Be("model-a");
        deployments["a"].Create.Requests.Single().Json!.Value.GetProperty("model").GetString().Should().Be("model-a");
        servedBy.Deployment.Should().Be("a");
        servedBy.Model.Should().Be("model-a");
    }

    [Fact]
    public async Task Least_busy_sends_each_new_call_to_the_deployment_with_the_fewest_in_flight()
    {
        var deployments = new Deployments(upstream, "a", "b", "c");
        List<JsonElement> head = OpenAIReplies.StreamEvents("resp_open", "model", "streaming").Take(3).ToList();
        foreach (Lane lane in deployments.Lanes.Values)
        {
            lane.Create.Handle(_ => UpstreamReply.SseEvents(head).HoldOpen());
        }

        using var client = new LoadBalancingResponsesClient(deployments.Build(), new LoadBalancingResponsesClientOptions { Strategy = LoadBalancingStrategy.LeastBusy, Random = new Random(1) });
        var open = new List<IAsyncEnumerator<ResponseStreamEvent>>();
        try
        {
            for (int n = 0; n < 3; n++)
            {
                IAsyncEnumerator<ResponseStreamEvent> stream = client.CreateResponseStreamingAsync(Request).GetAsyncEnumerator();
                (await stream.MoveNextAsync()).Should().BeTrue();
                open.Add(stream);
            }

            deployments.Creates().Values.Should().AllBeEquivalentTo(1, "three concurrent streams land on three different deployments");
            new[] { "a", "b", "c" }.Select(client.InFlight).Should().AllBeEquivalentTo(1);

            string freed = deployments.Lanes.Single(l => l.Value.Create.Requests.Count == 1 && l.Value.Requests[0].Index == deployments.Lanes.Values.Min(v => v.Requests[0].Index)).Key;
            await open[0].DisposeAsync();
            open.RemoveAt(0);
            client.InFlight(freed).Should().Be(0);

            IAsyncEnumerator<ResponseStreamEvent> next = client.CreateResponseStreamingAsync(Request).GetAsyncEnumerator();
            (await next.MoveNextAsync()).Should().BeTrue();
            open.Add(next);

            deployments[freed].Create.Requests.Should().HaveCount(2, "the only idle deployment takes the next call");
        }
        finally
        {
            foreach (IAsyncEnumerator<ResponseStreamEvent> stream in open)
            {
                await stream.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Lowest_latency_tries_each_deployment_once_then_prefers_the_fastest()
    {
        var clock = new RecordingClock { AutoAdvance = false };
        var deployments = new Deployments(upstream, "slow", "fast");
        deployments["slow"].Create.Handle(_ =>
        {
            clock.Advance(TimeSpan.FromMilliseconds(900));
            return OpenAIReplies.Json("resp_slow", "model-slow", "slow");
        });
        deployments["fast"].Create.Handle(_ =>
        {
            clock.Advance(TimeSpan.FromMilliseconds(80));
            return OpenAIReplies.Json("resp_fast", "model-fast", "fast");
        });
        using var client = new LoadBalancingResponsesClient(deployments.Build(), new LoadBalancingResponsesClientOptions { Strategy = LoadBalancingStrategy.LowestLatency, TimeProvider = clock, Random = new Random(3) });

        for (int n = 0; n < 12; n++)
        {
            await client.CreateResponseAsync(Request);
        }

        deployments.Creates().Should().BeEquivalentTo(new Dictionary<string, int> { ["slow"] = 1, ["fast"] = 11 });
    }

    [Fact]
    public async Task Usage_based_keeps_each_deployment_under_its_requests_per_minute_and_recovers_when_the_window_slides()
    {
        var clock = new RecordingClock { AutoAdvance = false };
        var deployments = new Deployments(upstream, "a", "b");
        using var client = new LoadBalancingResponsesClient(
            deployments.Build((id, d) => Deployments.With(d, rpm: id == "a" ? 2 : 3)),
            new LoadBalancingResponsesClientOptions { Strategy = LoadBalancingStrategy.UsageBased, TimeProvider = clock, Random = new Random(5) });

        for (int n = 0; n < 5; n++)
        {
            await client.CreateResponseAsync(Request);
        }

        ResponsesException ex = (await FluentActions.Awaiting(() => client.CreateResponseAsync(Request)).Should().ThrowAsync<ResponsesException>()).Which;

        deployments.Creates().Should().BeEquivalentTo(new Dictionary<string, int> { ["a"] = 2, ["b"] = 3 });
        ex.StatusCode.Should().Be(429);
        ex.ErrorCode.Should().Be("no_deployments_available");
        ex.RetryAfter.Should().Be(TimeSpan.FromMinutes(1));

        clock.Advance(TimeSpan.FromMinutes(1));
        Response after = await client.CreateResponseAsync(Request);
        after.Status.Should().Be(ResponseStatus.Completed);
    }

    [Fact]
    public async Task Usage_based_prefers_the_deployment_with_fewer_tokens_this_minute_and_stops_at_the_tokens_per_minute_limit()
    {
        var clock = new RecordingClock { AutoAdvance = false };
        var deployments = new Deployments(upstream, "a", "b");
        foreach ((string id, Lane lane) in deployments.Lanes)
        {
            lane.Create.Handle(_ => OpenAIReplies.Json($"resp_{id}", $"model-{id}", "sixty tokens", totalTokens: 60));
        }

        using var client = new LoadBalancingResponsesClient(
            deployments.Build((_, d) => Deployments.With(d, tpm: 100)),
            new LoadBalancingResponsesClientOptions { Strategy = LoadBalancingStrategy.UsageBased, TimeProvider = clock, Random = new Random(11) });

        Response first = await client.CreateResponseAsync(Request);
        Response second = await client.CreateResponseAsync(Request);
        second.Model.Should().NotBe(first.Model, "the deployment that used no tokens yet is preferred");
        await client.CreateResponseAsync(Request);
        await client.CreateResponseAsync(Request);

        deployments.Creates().Should().BeEquivalentTo(new Dictionary<string, int> { ["a"] = 2, ["b"] = 2 });
        ResponsesException ex = (await FluentActions.Awaiting(() => client.CreateResponseAsync(Request)).Should().ThrowAsync<ResponsesException>()).Which;
        ex.ErrorCode.Should().Be("no_deployments_available");
    }
}
