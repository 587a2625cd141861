using System.Net;
using Responses.Testing;

namespace Responses.Gateway.Tests;

/// <summary>Prometheus <c>/metrics</c>: reachable without a key (as LiteLLM's), with the gateway's and ASP.NET Core's meters.</summary>
[Collection(ProcessWideMetricsCollection.Name)]
public sealed class MetricsTests
{
    private const string AnthropicVercel = "wire/vercel-ai-fixtures/packages/anthropic/src/__fixtures__";

    private static async Task<string[]> ScrapeAsync(GatewayHarness gateway)
    {
        // Without the master key: the scrape is open, like LiteLLM's /metrics by default.
        using var anonymous = new HttpClient { BaseAddress = gateway.BaseAddress };
        using HttpResponseMessage response = await anonymous.GetAsync("/metrics");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        return (await response.Content.ReadAsStringAsync()).Split('\n');
    }

    private static IEnumerable<string> Samples(string[] lines, string name) =>
        lines.Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) || l.StartsWith(name + " ", StringComparison.Ordinal));

    // "name{labels} value [timestamp]": the value.
    private static string Value(string sample) => sample[(sample.LastIndexOf('}') + 1)..].Trim().Split(' ')[0];

    [Fact]
    public async Task Requests_are_counted_by_route_model_and_status_next_to_the_ASP_NET_Core_meters()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.Anthropic.EnqueuePost("/v1/messages", UpstreamReply.Json(Fixtures.ReadJson(AnthropicVercel + "/anthropic-text.json")));
        (await gateway.PostAsync("/v1/chat/completions", """{"model":"claude","messages":[{"role":"user","content":"Hi"}]}""")).Response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await gateway.PostAsync("/v1/chat/completions", """{"model":"nope","messages":[{"role":"user","content":"Hi"}]}""")).Response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using (var anonymous = new HttpClient { BaseAddress = gateway.BaseAddress })
        {
            (await anonymous.GetAsync("/v1/models")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        string[] lines = await ScrapeAsync(gateway);

        string[] requests = [.. Samples(lines, "responses_gateway_requests_total")];
        requests.Should().ContainSingle(l => l.Contains("route=\"/v1/chat/completions\"") && l.Contains("model=\"claude\"") && l.Contains("status_code=\"200\""))
            .Which.Should().Match(l => Value(l) == "1");
        requests.Should().ContainSingle(l => l.Contains("route=\"/v1/chat/completions\"") && l.Contains("model=\"\"") && l.Contains("status_code=\"404\""),
            "an unknown model is not a label value (the label set stays bounded)");
        requests.Should().ContainSingle(l => l.Contains("route=\"/v1/models\"") && l.Contains("status_code=\"401\""));
        requests.Should().NotContain(l => l.Contains("/metrics"), "scrapes are not counted");
        Samples(lines, "http_server_active_requests").Should().NotBeEmpty("ASP.NET Core's hosting meter is exported");
        Samples(lines, "kestrel_active_connections").Should().NotBeEmpty("Kestrel's meter is exported");

        using var scraper = new HttpClient { BaseAddress = gateway.BaseAddress };
        (await scraper.GetAsync("/metrics/")).StatusCode.Should().Be(HttpStatusCode.OK, "LiteLLM's Grafana dashboard scrapes /metrics/");
    }

    [Fact]
    public async Task An_open_chat_stream_is_an_active_stream_until_it_ends()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        IReadOnlyList<SseFrame> frames = Fixtures.ReadSseFrames("wire/anthropic/basic_response.txt");
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        gateway.Anthropic.EnqueuePost("/v1/messages", HeldSseReply.Create(frames, release.Task));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions")
        {
            Content = GatewayHarness.Json("""{"model":"claude","messages":[{"role":"user","content":"Hi"}],"stream":true}"""),
        };
        using HttpResponseMessage response = await gateway.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.Should().Be(HttpStatusCode.OK);

        string[] lines = await ScrapeAsync(gateway);
        release.SetResult();
        ChatStream stream = await ChatStream.ReadAsync(response);

        Samples(lines, "responses_gateway_active_streams").Should().ContainSingle(l => l.Contains("route=\"/v1/chat/completions\""))
            .Which.Should().Match(l => Value(l) == "1");
        stream.EndedWithDone.Should().BeTrue();
        stream.Content.Should().Be("Hello there!");
    }
}
