using System.Net;
using System.Text.Json;
using Responses.Testing;

namespace Responses.Gateway.Tests;

/// <summary>Routes without the /v1 prefix, and the input token estimate.</summary>
public sealed class RouteTests
{
    private const string OpenAIRecording = Fixtures.OpenAIResponsesRecordings + "/openai-phase.1";

    [Fact]
    public async Task Every_responses_route_also_answers_without_v1()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.OpenAI.EnqueuePost("/v1/responses", UpstreamReply.Json(Fixtures.ReadJson(OpenAIRecording + ".json")));

        var (created, body) = await gateway.PostAsync("/responses", """{"model":"gpt","input":"Hello"}""");
        created.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        string id = body.GetProperty("id").GetString()!;

        (await gateway.SendAsync(HttpMethod.Get, $"/responses/{id}")).Response.StatusCode.Should().Be(HttpStatusCode.OK);
        var (items, list) = await gateway.SendAsync(HttpMethod.Get, $"/responses/{id}/input_items");
        items.StatusCode.Should().Be(HttpStatusCode.OK);
        list.GetProperty("object").GetString().Should().Be("list");
        (await gateway.SendAsync(HttpMethod.Get, "/models")).Response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await gateway.PostAsync("/responses/input_tokens", """{"model":"gpt","input":"Hello"}""")).Response.StatusCode.Should().Be(HttpStatusCode.OK);
        var (deleted, result) = await gateway.SendAsync(HttpMethod.Delete, $"/responses/{id}");
        deleted.StatusCode.Should().Be(HttpStatusCode.OK);
        result.GetProperty("deleted").GetBoolean().Should().BeTrue();
        (await gateway.SendAsync(HttpMethod.Get, $"/responses/{id}")).Response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Input_tokens_is_a_labelled_estimate_of_characters_over_four()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();

        // The text of instructions (16) and of the input's string values ("user" 4 + 20) = 40 characters → 10 tokens.
        HttpResponseMessage response = await gateway.Client.PostAsync("/v1/responses/input_tokens",
            GatewayHarness.Json("""{"model":"claude","instructions":"Answer briefly.!","input":[{"role":"user","content":"12345678901234567890"}]}"""));
        JsonElement body = await GatewayHarness.BodyAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        body.GetProperty("object").GetString().Should().Be("response.input_tokens");
        body.GetProperty("estimated").GetBoolean().Should().BeTrue();
        response.Headers.GetValues("x-input-tokens-method").Should().Equal("estimate:chars/4");
        gateway.Anthropic.Requests.Should().BeEmpty("no provider is called for the estimate");
        long tokens = body.GetProperty("input_tokens").GetInt64();
        tokens.Should().Be(10);

        (await gateway.PostAsync("/v1/responses/input_tokens", """{"model":"nope","input":"x"}""")).Response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await gateway.PostAsync("/v1/responses/input_tokens", """{"model":"gpt","input":5}""")).Response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Readiness_reads_the_database()
    {
        await using GatewayHarness healthy = await GatewayHarness.StartAsync();
        var (ok, body) = await healthy.SendAsync(HttpMethod.Get, "/health/readiness");
        ok.StatusCode.Should().Be(HttpStatusCode.OK);
        body.GetProperty("db").GetString().Should().Be("connected");

        // A database file in a directory that does not exist cannot be opened.
        await using GatewayHarness broken = await GatewayHarness.StartAsync(databaseUrl: "sqlite:///" + Path.Combine(Path.GetTempPath(), "missing-" + Guid.NewGuid().ToString("N"), "gw.db"));
        var (down, downBody) = await broken.SendAsync(HttpMethod.Get, "/health/readiness");
        down.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        downBody.GetProperty("db").GetString().Should().Be("Not connected");
    }
}
