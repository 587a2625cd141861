using Responses.Providers.Middleware.LoadBalancing;
using Responses.Providers.Tests.Middleware.Resilience;
using Responses.Providers.Tests.OpenAI;
using Responses.Testing;

namespace Responses.Providers.Tests.Middleware.LoadBalancing;

/// <summary>Cooldown of failing deployments (and recovery on the fake clock), retry across deployments, and stickiness by response id.</summary>
public class LoadBalancingCooldownAndStickinessTests(OpenAIUpstream upstream) : IClassFixture<OpenAIUpstream>
{
    private static CreateResponseRequest Request => new() { Model = "gpt-group", Input = "Hi" };

    [Fact]
    public async Task A_deployment_that_fails_more_than_allowed_is_cooled_down_then_used_again_after_the_cooldown()
    {
        var clock = new RecordingClock { AutoAdvance = false };
        var deployments = new Deployments(upstream, "a", "b");
        deployments["a"].Create.Handle(_ => ProviderErrors.OpenAI(500, "a is down", "server_error"));
        using var client = new LoadBalancingResponsesClient(deployments.Build(), new LoadBalancingResponsesClientOptions
        {
            AllowedFails = 1,
            CooldownTime = TimeSpan.FromSeconds(30),
            TimeProvider = clock,
            Random = new Random(2),
        });

        int failures = 0;
        for (int n = 0; n < 40 && !client.IsCoolingDown("a"); n++)
        {
            try
            {
                await client.CreateResponseAsync(Request);
            }
            catch (ResponsesException ex) when (ex.StatusCode == 500)
            {
                failures++;
            }
        }

        failures.Should().Be(2, "allowed_fails = 1: the second failure within the window cools the deployment down");
        client.IsCoolingDown("a").Should().BeTrue();
        int aBefore = deployments["a"].Create.Requests.Count;
        for (int n = 0; n < 20; n++)
        {
            (await client.CreateResponseAsync(Request)).Model.Should().Be("model-b");
        }

        deployments["a"].Create.Requests.Count.Should().Be(aBefore, "a cooled-down deployment gets no traffic");

        deployments["a"].Create.Handle(_ => OpenAIReplies.Json("resp_a_back", "model-a", "a is back"));
        clock.Advance(TimeSpan.FromSeconds(30));
        client.IsCoolingDown("a").Should().BeFalse();
        for (int n = 0; n < 20; n++)
        {
            await client.CreateResponseAsync(Request);
        }

        deployments["a"].Create.Requests.Count.Should().BeGreaterThan(aBefore, "after the cooldown the deployment takes traffic again");
    }

    [Fact]
    public async Task Request_errors_do_not_count_towards_a_cooldown()
    {
        var deployments = new Deployments(upstream, "a");
        deployments["a"].Create.Handle(_ => ProviderErrors.OpenAI(400, "bad", "invalid_request_error", "temperature", "unsupported_parameter"));
        using var client = new LoadBalancingResponsesClient(deployments.Build(), new LoadBalancingResponsesClientOptions { AllowedFails = 0, TimeProvider = new RecordingClock() });

        for (int n = 0; n < 3; n++)
        {
            await FluentActions.Awaiting(() => client.CreateResponseAsync(Request)).Should().ThrowAsync<ResponsesException>();
        }

        client.IsCoolingDown("a").Should().BeFalse();
    }

    [Fact]
    public async Task When_every_deployment_cools_down_the_call_fails_with_429_and_the_time_until_the_first_recovers()
    {
        var clock = new RecordingClock { AutoAdvance = false };
        var deployments = new Deployments(upstream, "a");
        deployments["a"].Create.Handle(_ => ProviderErrors.OpenAI(503, "busy", "server_error", code: "overloaded"));
        using var client = new LoadBalancingResponsesClient(deployments.Build(), new LoadBalancingResponsesClientOptions { AllowedFails = 0, CooldownTime = TimeSpan.FromSeconds(12), TimeProvider = clock });

        await FluentActions.Awaiting(() => client.CreateResponseAsync(Request)).Should().ThrowAsync<ResponsesException>();
        clock.Advance(TimeSpan.FromSeconds(2));
        ResponsesException ex = (await FluentActions.Awaiting(() => client.CreateResponseAsync(Request)).Should().ThrowAsync<ResponsesException>()).Which;

        ex.StatusCode.Should().Be(429);
        ex.ErrorCode.Should().Be("no_deployments_available");
        ex.RetryAfter.Should().Be(TimeSpan.FromSeconds(10));
        deployments["a"].Create.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Retry_in_front_of_the_balancer_moves_a_failed_call_to_another_deployment()
    {
        var deployments = new Deployments(upstream, "a", "b");
        deployments["a"].Create.Handle(_ => ProviderErrors.OpenAI(503, "busy", "server_error", code: "overloaded"));
        var clock = new RecordingClock();
        using IResponsesClient client = deployments.Build()
            .AsLoadBalancedBuilder(o =>
            {
                o.AllowedFails = 0;
                o.CooldownTime = TimeSpan.FromMinutes(5);
                o.TimeProvider = clock;
                o.Random = new Random(4);
            })
            .UseRetry(o => o.TimeProvider = clock)
            .Build();

        for (int n = 0; n < 10; n++)
        {
            (await client.CreateResponseAsync(Request)).Model.Should().Be("model-b");
        }

        deployments["a"].Create.Requests.Count.Should().BeLessThanOrEqualTo(1);
    }

    [Fact]
    public async Task Follow_ups_and_reads_by_id_go_to_the_deployment_that_produced_the_response()
    {
        var deployments = new Deployments(upstream, "a", "b", "c");
        foreach ((string id, Lane lane) in deployments.Lanes)
        {
            lane.Route("GET", "responses/{id}").Handle(r => UpstreamReply.Json(ResponsesJson.Serialize(OpenAIReplies.Completed(r.Path.Split('/')[^1], $"model-{id}", "stored"))));
            lane.Route("DELETE", "responses/{id}").Handle(r => UpstreamReply.Json($$"""{"id":"{{r.Path.Split('/')[^1]}}","object":"response.deleted","deleted":true}"""));
        }

        using var client = new LoadBalancingResponsesClient(deployments.Build(), new LoadBalancingResponsesClientOptions { Random = new Random(9) });

        Response first = await client.CreateResponseAsync(Request);
        string owner = client.OwnerOf(first.Id!)!;
        for (int n = 0; n < 10; n++)
        {
            Response followUp = await client.CreateResponseAsync(new CreateResponseRequest { Model = "gpt-group", Input = "And?", PreviousResponseId = first.Id });
            followUp.Model.Should().Be($"model-{owner}");
        }

        Response read = await client.GetResponseAsync(first.Id!);
        DeleteResponseResult deleted = await client.DeleteResponseAsync(first.Id!);

        read.Model.Should().Be($"model-{owner}");
        deleted.Deleted.Should().BeTrue();
        deployments.Creates()[owner].Should().Be(11);
        foreach ((string id, Lane lane) in deployments.Lanes)
        {
            lane.Requests.Count(r => r.Method != "POST").Should().Be(id == owner ? 2 : 0);
        }
    }

    [Fact]
    public async Task A_streamed_response_is_sticky_from_its_response_created_event()
    {
        var deployments = new Deployments(upstream, "a", "b");
        foreach ((string name, Lane lane) in deployments.Lanes)
        {
            lane.Create.Enqueue(OpenAIReplies.Stream($"resp_stream_{name}", $"model-{name}", "streamed"));
        }

        using var client = new LoadBalancingResponsesClient(deployments.Build(), new LoadBalancingResponsesClientOptions { Random = new Random(6) });

        List<System.Text.Json.JsonElement> events = await Wire.CollectAsync(client.CreateResponseStreamingAsync(Request));
        string id = TranslatedOutput.Terminal(events).GetProperty("id").GetString()!;

        client.OwnerOf(id).Should().Be(id["resp_stream_".Length..]);
    }

    [Fact]
    public async Task An_unknown_id_is_looked_for_on_each_deployment_in_turn()
    {
        var deployments = new Deployments(upstream, "a", "b");
        deployments["a"].Route("GET", "responses/{id}").Handle(_ => ProviderErrors.OpenAI(404, "No response found", "invalid_request_error"));
        deployments["b"].Route("GET", "responses/{id}").Handle(r => UpstreamReply.Json(ResponsesJson.Serialize(OpenAIReplies.Completed("resp_elsewhere", "model-b", "found"))));
        using var client = new LoadBalancingResponsesClient(deployments.Build());

        Response read = await client.GetResponseAsync("resp_elsewhere");

        read.OutputText.Should().Be("found");
        client.OwnerOf("resp_elsewhere").Should().Be("b");
    }
}
