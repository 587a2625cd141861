using System.Net;
using System.Text.Json;
using Responses.Testing;

namespace Responses.Gateway.Tests;

/// <summary>
/// Documentation examples run verbatim against the gateway (only scheme, host and port change). The list of examples
/// covered, and where each comes from, is in docs/gateway.md ("Migrating from LiteLLM").
/// </summary>
public sealed class SeedExampleTests
{
    private const string OpenAIRecording = Fixtures.OpenAIResponsesRecordings + "/openai-phase.1";
    private const string AnthropicVercel = "wire/vercel-ai-fixtures/packages/anthropic/src/__fixtures__";

    // The model_list of the seeds' LiteLLM config examples, with the fakes as api_base.
    private const string SeedModels =
        "  - model_name: gpt-4\n    litellm_params:\n      model: openai/gpt-4\n      api_key: sk-x\n      api_base: {openai}\n" +
        "  - model_name: openai/o1-pro\n    litellm_params:\n      model: openai/o1-pro\n      api_key: sk-x\n      api_base: {openai}\n" +
        "  - model_name: anthropic/claude-3-5-sonnet-20240620\n    litellm_params:\n      model: anthropic/claude-3-5-sonnet-20240620\n      api_key: sk-x\n      api_base: {anthropic}\n";

    private static async Task<(HttpResponseMessage Response, string Body)> RunAsync(GatewayHarness gateway, string curl, string basePath = "")
    {
        using HttpClient client = new() { BaseAddress = gateway.BaseAddress };
        using HttpRequestMessage request = CurlCommand.Parse(curl).ToRequest(gateway.BaseAddress, basePath);
        HttpResponseMessage response = await client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_seed_create_response_curl_is_read_whole_and_answered_in_the_OpenAI_shape()
    {
        // The curl carries no Authorization header: it targets an open gateway.
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(masterKey: null, extraModels: SeedModels);
        string curl = Fixtures.ReadText("seeds/bifrost-litellm-create-response.curl");

        // The example's base is Bifrost's LiteLLM-compatible prefix; the rest of the request is unchanged.
        var (response, body) = await RunAsync(gateway, curl, basePath: "/litellm");

        // Every field parses (no 400); the placeholder previous_response_id "<string>" names no stored response.
        response.StatusCode.Should().Be(HttpStatusCode.NotFound, body);
        JsonElement error = JsonDocument.Parse(body).RootElement.GetProperty("error");
        error.GetProperty("param").GetString().Should().Be("previous_response_id");
        error.GetProperty("message").GetString().Should().Contain("<string>");
        gateway.OpenAI.Requests.Should().BeEmpty("nothing reaches the provider for a request that cannot be served");
    }

    [Theory]
    [InlineData("openai/o1-pro", false)]
    [InlineData("openai/o1-pro", true)]
    [InlineData("anthropic/claude-3-5-sonnet-20240620", false)]
    [InlineData("anthropic/claude-3-5-sonnet-20240620", true)]
    public async Task The_seed_proxy_examples_work_with_base_url_without_v1(string model, bool stream)
    {
        // LiteLLM's response_api.md: OpenAI(base_url="http://localhost:4000", api_key=...).responses.create(model=..., input=..., stream=...)
        // sends this request; the SDK adds "stream": true only when streaming.
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(masterKey: "sk-1234", extraModels: SeedModels);
        if (model.StartsWith("openai/", StringComparison.Ordinal))
        {
            gateway.OpenAI.EnqueuePost("/v1/responses", stream
                ? UpstreamReply.SseEvents(Fixtures.ReadChunks(OpenAIRecording + ".chunks.txt"))
                : UpstreamReply.Json(Fixtures.ReadJson(OpenAIRecording + ".json")));
        }
        else
        {
            gateway.Anthropic.EnqueuePost("/v1/messages", stream
                ? UpstreamReply.Sse(Fixtures.ReadSseFrames("wire/anthropic/basic_response.txt"))
                : UpstreamReply.Json(Fixtures.ReadJson(AnthropicVercel + "/anthropic-text.json")));
        }

        string body = $$"""{"model":"{{model}}","input":"Tell me a three sentence bedtime story about a unicorn."{{(stream ? ",\"stream\":true" : "")}}}""";
        string curl = $"curl -X POST 'http://localhost:4000/responses' -H 'Authorization: Bearer sk-1234' -H 'Content-Type: application/json' -d '{body}'";
        var (response, text) = await RunAsync(gateway, curl);

        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        if (stream)
        {
            response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
            text.Should().Contain("event: response.created").And.Contain("event: response.completed");
        }
        else
        {
            JsonDocument.Parse(text).RootElement.GetProperty("status").GetString().Should().Be("completed");
        }

        RecordedRequest upstream = model.StartsWith("openai/", StringComparison.Ordinal)
            ? (await gateway.OpenAI.WaitForRequestsAsync(1))[0]
            : (await gateway.Anthropic.WaitForRequestsAsync(1))[0];
        upstream.Json!.Value.GetProperty("model").GetString().Should().Be(model[(model.IndexOf('/', StringComparison.Ordinal) + 1)..]);
    }

    [Fact]
    public async Task LiteLLM_key_model_and_health_curls_work_verbatim()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(masterKey: "sk-1234", extraModels: SeedModels);

        var (generated, generatedBody) = await RunAsync(gateway, """
            curl -X POST 'http://0.0.0.0:4000/key/generate' \
            -H 'Authorization: Bearer sk-1234' \
            -H 'Content-Type: application/json' \
            -d '{"models": ["gpt-3.5-turbo", "gpt-4"], "max_budget": 10.0, "duration": "30d"}'
            """);
        generated.StatusCode.Should().Be(HttpStatusCode.OK, generatedBody);
        string key = JsonDocument.Parse(generatedBody).RootElement.GetProperty("key").GetString()!;

        // The key the previous answer printed is pasted into the next commands, as a user would.
        var (info, infoBody) = await RunAsync(gateway, $"""
            curl -X GET 'http://0.0.0.0:4000/key/info?key={key}' \
            -H 'Authorization: Bearer sk-1234'
            """);
        info.StatusCode.Should().Be(HttpStatusCode.OK, infoBody);
        JsonDocument.Parse(infoBody).RootElement.GetProperty("info").GetProperty("max_budget").GetDecimal().Should().Be(10.0m);

        var (models, modelsBody) = await RunAsync(gateway, $"""
            curl http://0.0.0.0:4000/v1/models \
            -H "Authorization: Bearer {key}"
            """);
        models.StatusCode.Should().Be(HttpStatusCode.OK, modelsBody);
        JsonDocument.Parse(modelsBody).RootElement.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()).Should().Equal("gpt-4");

        var (deleted, deletedBody) = await RunAsync(gateway, $$"""
            curl --location 'http://0.0.0.0:4000/key/delete' \
            --header 'Authorization: Bearer sk-1234' \
            --header 'Content-Type: application/json' \
            --data '{"keys": ["{{key}}"]}'
            """);
        deleted.StatusCode.Should().Be(HttpStatusCode.OK, deletedBody);
        JsonDocument.Parse(deletedBody).RootElement.GetProperty("deleted_keys")[0].GetString().Should().Be(key);

        var (alive, aliveBody) = await RunAsync(gateway, "curl -X GET 'http://0.0.0.0:4000/health/liveliness' -H 'accept: application/json'");
        alive.StatusCode.Should().Be(HttpStatusCode.OK);
        aliveBody.Should().Be("\"I'm alive!\"");
        var (ready, readyBody) = await RunAsync(gateway, "curl --location 'http://0.0.0.0:4000/health/readiness'");
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonDocument.Parse(readyBody).RootElement.GetProperty("status").GetString().Should().Be("healthy");
    }
}
