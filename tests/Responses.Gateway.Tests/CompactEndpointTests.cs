using System.Net;
using System.Text.Json;
using Responses.Testing;

namespace Responses.Gateway.Tests;

/// <summary><c>POST /v1/responses/compact</c>: passed through on OpenAI deployments, refused clearly elsewhere.</summary>
public sealed class CompactEndpointTests
{
    private const string Compacted = """
        {"id":"cmp_1","object":"response.compaction","created_at":1760000000,
         "output":[{"type":"message","id":"msg_1","role":"user","status":"completed","content":[{"type":"input_text","text":"My name is Ada."}]},
                   {"type":"compaction","id":"cmp_item_1","encrypted_content":"gAAAAB-opaque"}],
         "usage":{"input_tokens":120,"input_tokens_details":{"cached_tokens":0,"cache_write_tokens":0},"output_tokens":30,"output_tokens_details":{"reasoning_tokens":0},"total_tokens":150}}
        """;

    [Fact]
    public async Task Openai_deployments_compact_upstream_with_the_deployment_model()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.OpenAI.EnqueuePost("/v1/responses/compact", UpstreamReply.Json(Compacted));

        var (response, body) = await gateway.PostAsync("/v1/responses/compact",
            """{"model":"gpt","input":[{"role":"user","content":"My name is Ada."},{"role":"assistant","content":"Hello Ada."}]}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        body.GetProperty("object").GetString().Should().Be("response.compaction");
        SchemaValidator.Default.AssertValid(ApiSpec.OpenAI, "CompactResource", body);
        JsonElement output = body.GetProperty("output");
        output[1].GetProperty("type").GetString().Should().Be("compaction");
        output[1].GetProperty("encrypted_content").GetString().Should().Be("gAAAAB-opaque");
        body.GetProperty("usage").GetProperty("total_tokens").GetInt64().Should().Be(150);
        RecordedRequest sent = (await gateway.OpenAI.WaitForRequestsAsync(1)).Single();
        sent.Path.Should().Be("/v1/responses/compact");
        sent.Json!.Value.GetProperty("model").GetString().Should().Be("gpt-5.3-codex");
        sent.Json!.Value.GetProperty("input").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task Other_providers_and_previous_response_id_are_refused_without_calling_upstream()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();

        var (unsupported, error) = await gateway.PostAsync("/responses/compact", """{"model":"claude","input":"Hi"}""");
        unsupported.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        error.GetProperty("error").GetProperty("code").GetString().Should().Be("unsupported_model");

        var (chained, chainError) = await gateway.PostAsync("/v1/responses/compact", """{"model":"gpt","previous_response_id":"resp_1"}""");
        chained.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        chainError.GetProperty("error").GetProperty("param").GetString().Should().Be("previous_response_id");

        (await gateway.PostAsync("/v1/responses/compact", """{"model":"nope","input":"Hi"}""")).Response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await gateway.PostAsync("/v1/responses/compact", """{"input":"Hi"}""")).Response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        gateway.OpenAI.Requests.Should().BeEmpty();
        gateway.Anthropic.Requests.Should().BeEmpty();
    }
}
