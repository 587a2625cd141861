using System.Net;
using System.Text.Json;
using Responses.Providers.Middleware.Mcp;
using Responses.Testing;

namespace Responses.Mcp.Tests;

/// <summary>Bounded rounds, a model failing after MCP items were written, and the connect-time address check.</summary>
public sealed class McpLimitsTests : McpTestBase
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_last_allowed_turn_is_asked_without_tools(bool stream)
    {
        using IResponsesClient client = Pipeline(anthropic: false, o => o.MaxRounds = 2);
        ReplyToolCall(false, "echo", """{"text":"1"}""", stream);
        ReplyText(false, "final", stream);

        (Response response, _) = await Output.RunAsync(client, new CreateResponseRequest { Model = "gpt-4o-mini", Input = "loop", Tools = [Docs(McpRequireApproval.Never)], Stream = stream }, stream);

        response.Status.Should().Be(ResponseStatus.Completed);
        response.OutputText.Should().Be("final");
        IReadOnlyList<RecordedRequest> requests = await _upstream.WaitForRequestsAsync(2);
        requests[0].Json!.Value.TryGetProperty("tool_choice", out JsonElement first).Should().BeFalse(first.ToString());
        requests[1].Json!.Value.GetProperty("tool_choice").GetString().Should().Be("none");
        if (!stream)
        {
            response.Usage!.InputTokens.Should().Be(30); // both turns: 10 + 20
        }
    }

    [Fact]
    public async Task A_model_failing_after_a_call_ends_the_stream_with_response_failed()
    {
        using IResponsesClient client = Pipeline(anthropic: false);
        ReplyToolCall(false, "echo", """{"text":"x"}""", stream: true);
        _upstream.EnqueuePost(Upstreams.ChatPath, UpstreamReply.Json("""{"error":{"message":"overloaded","type":"server_error","code":"server_error"}}""", 500));

        (Response response, IReadOnlyList<JsonElement> events) = await Output.RunAsync(client, new CreateResponseRequest { Model = "gpt-4o-mini", Input = "x", Tools = [Docs(McpRequireApproval.Never)], Stream = true }, stream: true);

        response.Status.Should().Be(ResponseStatus.Failed);
        response.Output.OfType<McpCallItem>().Single().Output.Should().Be("echo: x");
        Output.Types(events).Last().Should().Be("response.failed");
    }

    [Fact]
    public async Task A_model_failing_without_streaming_throws()
    {
        using IResponsesClient client = Pipeline(anthropic: false);
        ReplyToolCall(false, "echo", """{"text":"x"}""", stream: false);
        _upstream.EnqueuePost(Upstreams.ChatPath, UpstreamReply.Json("""{"error":{"message":"bad","type":"invalid_request_error","code":null}}""", 400));

        Func<Task> act = () => client.CreateResponseAsync(new CreateResponseRequest { Model = "gpt-4o-mini", Input = "x", Tools = [Docs(McpRequireApproval.Never)] });

        (await act.Should().ThrowAsync<ResponsesException>()).Which.StatusCode.Should().Be(400);
    }

    [Fact]
    public async Task The_connect_callback_refuses_a_host_that_now_resolves_to_a_private_address()
    {
        // The URL check passed earlier; at connect time DNS answers differently (rebinding): the connection is refused.
        var policy = new McpServerUrlPolicy([], (_, _) => Task.FromResult(new[] { IPAddress.Parse("10.0.0.7") }));
        using var http = new HttpClient(new SocketsHttpHandler { ConnectCallback = policy.CreateConnectCallback() });

        Func<Task> act = () => http.GetAsync(new Uri("http://rebinding.example/mcp"));

        (await act.Should().ThrowAsync<HttpRequestException>()).Which.Message.Should().Contain("non-public");
    }
}
