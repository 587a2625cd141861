using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Responses.Providers.Middleware.LoadBalancing;
using Responses.Providers.Middleware.Retry;
using Responses.Providers.Tests.Middleware.Resilience;
using Responses.Providers.Tests.Middleware.Retry;
using Responses.Providers.Tests.OpenAI;
using Responses.Testing;

namespace Responses.Providers.Tests.Middleware.LoadBalancing;

/// <summary>Streams through the balancer: failures reported in the stream count towards a cooldown; the pipeline composes with DI.</summary>
public class LoadBalancingStreamingTests(OpenAIUpstream upstream) : IClassFixture<OpenAIUpstream>
{
    private static CreateResponseRequest Request => new() { Model = "gpt-group", Input = "Hi" };

    [Fact]
    public async Task A_stream_that_breaks_after_output_is_forwarded_spec_valid_and_counts_towards_the_cooldown()
    {
        var deployments = new Deployments(upstream, "a");
        IReadOnlyList<JsonElement> full = OpenAIReplies.StreamEvents("resp_a", "model-a", "Hel", "lo");
        int cut = full.ToList().FindIndex(e => Wire.TypeOf(e) == "response.output_text.delta") + 1;
        deployments["a"].Create.Enqueue(UpstreamReply.SseEvents(full).CutAfter(cut));
        using var client = new LoadBalancingResponsesClient(deployments.Build(), new LoadBalancingResponsesClientOptions { AllowedFails = 0, TimeProvider = new RecordingClock { AutoAdvance = false } });

        List<JsonElement> events = await Wire.CollectAsync(client.CreateResponseStreamingAsync(Request));

        RetryStreamingTests.ValidStream(events);
        Wire.TypeOf(events[^1]).Should().Be("response.failed");
        client.IsCoolingDown("a").Should().BeTrue();
        client.InFlight("a").Should().Be(0);
    }

    [Fact]
    public async Task The_balanced_pipeline_registers_with_DI_and_takes_the_clock_from_services()
    {
        var deployments = new Deployments(upstream, "a", "b");
        var clock = new RecordingClock { AutoAdvance = false };
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddResponsesClient(sp => deployments.Build().AsLoadBalancedBuilder(o => o.Strategy = LoadBalancingStrategy.LeastBusy).Build(sp))
            .UseRetry(o => o.MaxRetryAttempts = 1);
        using ServiceProvider provider = services.BuildServiceProvider();
        IResponsesClient client = provider.GetRequiredService<IResponsesClient>();

        Response response = await client.CreateResponseAsync(Request);

        response.Status.Should().Be(ResponseStatus.Completed);
        client.GetService<LoadBalancingResponsesClient>()!.Options.TimeProvider.Should().BeSameAs(clock);
        client.GetService<LoadBalancingResponsesClient>()!.Options.Strategy.Should().Be(LoadBalancingStrategy.LeastBusy);
        client.GetService<RetryResponsesClient>()!.Options.TimeProvider.Should().BeSameAs(clock);
    }
}
