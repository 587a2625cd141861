using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Responses.Testing;

namespace Responses.Gateway.Tests;

/// <summary>Errors in the OpenAI shape: body size, failures in the middle of a stream, and upstream errors.</summary>
public sealed class ErrorTests
{
    private const string OpenAIRecording = Fixtures.OpenAIResponsesRecordings + "/openai-phase.1";

    [Fact]
    public async Task An_oversized_body_is_413_with_the_configured_limit()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(generalSettings: "max_request_size_mb: 0.001");
        string big = new('x', 4096);

        var (response, body) = await gateway.PostAsync("/v1/responses", $$"""{"model":"gpt","input":"{{big}}"}""");

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge, body.ToString());
        body.GetProperty("error").GetProperty("type").GetString().Should().Be("invalid_request_error");
        body.GetProperty("error").GetProperty("code").GetString().Should().Be("request_too_large");
        body.GetProperty("error").GetProperty("message").GetString().Should().Contain("1048 bytes").And.Contain("max_request_size_mb");
        gateway.OpenAI.Requests.Should().BeEmpty();

        (await gateway.PostAsync("/v1/responses", """{"model":"nope","input":"small"}""")).Response.StatusCode.Should().Be(HttpStatusCode.NotFound, "bodies under the limit are read");
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_a_stream_is_an_error_event_then_response_failed_then_the_end()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(wrapProvider: inner => new BreaksAfterTwoEvents(inner));
        gateway.OpenAI.EnqueuePost("/v1/responses", UpstreamReply.SseEvents(Fixtures.ReadChunks(OpenAIRecording + ".chunks.txt")));

        using HttpResponseMessage response = await gateway.Client.PostAsync("/v1/responses", GatewayHarness.Json("""{"model":"gpt","input":"Hi","stream":true}"""));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        IReadOnlyList<JsonElement> events = await GatewayHarness.ReadEventsAsync(response);
        events.Select(e => e.GetProperty("type").GetString()).Should().Equal("response.created", "response.in_progress", "error", "response.failed");
        events[2].GetProperty("code").GetString().Should().Be("server_error");
        events[2].GetProperty("message").GetString().Should().Be("upstream connection reset");
        JsonElement failed = events[3].GetProperty("response");
        failed.GetProperty("status").GetString().Should().Be("failed");
        failed.GetProperty("error").GetProperty("message").GetString().Should().Be("upstream connection reset");
        failed.GetProperty("id").GetString().Should().Be(events[0].GetProperty("response").GetProperty("id").GetString());
        events.Select(e => e.GetProperty("sequence_number").GetInt32()).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        SchemaValidator.Default.ValidateStreamEvent(events[2], ApiSpec.OpenAI).Should().BeEmpty();
    }

    [Fact]
    public async Task An_upstream_authentication_failure_is_mapped_from_the_provider_exception()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.Anthropic.EnqueuePost("/v1/messages",
            UpstreamReply.Json("""{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}""", 401));

        var (response, body) = await gateway.PostAsync("/v1/responses", """{"model":"claude","input":"x"}""");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, body.ToString());
        body.GetProperty("error").GetProperty("message").GetString().Should().Contain("invalid x-api-key");
    }

    [Theory]
    [InlineData("{\"model\":\"gpt\",\"input\":\"x\",\"max_output_tokens\":\"many\"}", "max_output_tokens")]
    [InlineData("{\"model\":\"gpt\",\"input\":\"x\",\"tools\":{}}", "tools")]
    [InlineData("{\"model\":42,\"input\":\"x\"}", "model")]
    public async Task A_wrong_field_type_is_400_naming_the_field(string json, string param)
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        var (response, body) = await gateway.PostAsync("/responses", json);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("error").GetProperty("type").GetString().Should().Be("invalid_request_error");
        body.GetProperty("error").GetProperty("param").GetString().Should().Be(param);
    }

    /// <summary>A provider whose stream breaks after two events with an exception (not a provider-written response.failed).</summary>
    private sealed class BreaksAfterTwoEvents(IResponsesClient inner) : DelegatingResponsesClient(inner)
    {
        public override async IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            int count = 0;
            await foreach (ResponseStreamEvent e in base.CreateResponseStreamingAsync(request, cancellationToken))
            {
                if (count++ == 2)
                {
                    throw new ResponsesException("upstream connection reset", 502, new ApiError { Message = "upstream connection reset", Type = "server_error" });
                }

                yield return e;
            }
        }
    }
}
