using System.Net;
using System.Text.Json;
using Responses.Testing;

namespace Responses.Gateway.Tests;

/// <summary>Routes without the /v1 prefix, and input token counts (exact and estimated).</summary>
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
        gateway.OpenAI.EnqueuePost("/v1/responses/input_tokens", UpstreamReply.Json("""{"object":"response.input_tokens","input_tokens":5}"""));
        var (counted, count) = await gateway.PostAsync("/responses/input_tokens", """{"model":"gpt","input":"Hello"}""");
        counted.StatusCode.Should().Be(HttpStatusCode.OK, count.ToString());
        count.GetProperty("input_tokens").GetInt64().Should().Be(5, "OpenAI deployments pass input_tokens through");
        gateway.OpenAI.Requests[^1].Json!.Value.GetProperty("model").GetString().Should().Be("gpt-5.3-codex");
        var (deleted, result) = await gateway.SendAsync(HttpMethod.Delete, $"/responses/{id}");
        deleted.StatusCode.Should().Be(HttpStatusCode.OK);
        result.GetProperty("deleted").GetBoolean().Should().BeTrue();
        (await gateway.SendAsync(HttpMethod.Get, $"/responses/{id}")).Response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Input_tokens_is_exact_through_the_providers_counting_api()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.Anthropic.EnqueuePost("/v1/messages/count_tokens", UpstreamReply.Json("""{"input_tokens":27}"""));

        HttpResponseMessage response = await gateway.Client.PostAsync("/v1/responses/input_tokens",
            GatewayHarness.Json("""{"model":"claude","instructions":"Answer briefly.","input":[{"role":"user","content":"How far is the Moon?"}]}"""));
        JsonElement body = await GatewayHarness.BodyAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        body.GetProperty("object").GetString().Should().Be("response.input_tokens");
        body.GetProperty("input_tokens").GetInt64().Should().Be(27);
        SchemaValidator.Default.AssertValid(ApiSpec.OpenAI, "TokenCountsResource", body);
        body.TryGetProperty("estimated", out _).Should().BeFalse("an exact count is not labelled as an estimate");
        response.Headers.GetValues("x-input-tokens-method").Should().Equal("provider");

        // The deployment's model (litellm_params.model), not the gateway's model_name, and no output fields.
        RecordedRequest counted = (await gateway.Anthropic.WaitForRequestsAsync(1)).Single();
        counted.Path.Should().Be("/v1/messages/count_tokens");
        JsonAssert.Equal(
            """
            {"model":"claude-3-opus-latest","system":[{"type":"text","text":"Answer briefly."}],
             "messages":[{"role":"user","content":[{"type":"text","text":"How far is the Moon?"}]}]}
            """,
            counted.Json!.Value.GetRawText());

        // An upstream rejection comes back in the OpenAI error shape with its status.
        gateway.Anthropic.EnqueuePost("/v1/messages/count_tokens", UpstreamReply.Json(
            """{"type":"error","error":{"type":"invalid_request_error","message":"messages: too long"}}""", 400));
        var (rejected, error) = await gateway.PostAsync("/v1/responses/input_tokens", """{"model":"claude","input":"Hi"}""");
        rejected.StatusCode.Should().Be(HttpStatusCode.BadRequest, error.ToString());
        error.GetProperty("error").GetProperty("message").GetString().Should().Contain("too long");
    }

    [Fact]
    public async Task Input_tokens_is_a_labelled_tokenizer_estimate_where_the_provider_cannot_count()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(extraModels: """
              - model_name: local
                litellm_params:
                  model: hosted_vllm/llama-3
                  api_base: {openai}
            """);

        // o200k_base: "Answer briefly." is 3 tokens, "Hello, world!" 4.
        HttpResponseMessage response = await gateway.Client.PostAsync("/v1/responses/input_tokens",
            GatewayHarness.Json("""{"model":"local","instructions":"Answer briefly.","input":"Hello, world!"}"""));
        JsonElement body = await GatewayHarness.BodyAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        body.GetProperty("object").GetString().Should().Be("response.input_tokens");
        body.GetProperty("estimated").GetBoolean().Should().BeTrue();
        response.Headers.GetValues("x-input-tokens-method").Should().Equal("estimate:o200k_base");
        body.GetProperty("input_tokens").GetInt64().Should().Be(7);
        gateway.OpenAI.Requests.Should().BeEmpty("no provider is called for the estimate");

        (await gateway.PostAsync("/v1/responses/input_tokens", """{"model":"nope","input":"x"}""")).Response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await gateway.PostAsync("/v1/responses/input_tokens", """{"model":"local","input":5}""")).Response.StatusCode.Should().Be(HttpStatusCode.BadRequest);

        // Prior items are in the gateway's store, which no count sees: refused rather than under-counted.
        var (chained, chainError) = await gateway.PostAsync("/v1/responses/input_tokens", """{"model":"claude","previous_response_id":"resp_1","input":"x"}""");
        chained.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        chainError.GetProperty("error").GetProperty("param").GetString().Should().Be("previous_response_id");
        (await gateway.PostAsync("/v1/responses/input_tokens", """{"model":"local","conversation":"conv_1","input":"x"}""")).Response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        gateway.Anthropic.Requests.Should().BeEmpty();
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
