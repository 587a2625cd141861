using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Responses.Providers.Middleware.Mcp;
using Responses.Testing;

namespace Responses.Mcp.Tests;

/// <summary>
/// The MCP flow against a real MCP server, through the Anthropic and chat-completions fakes: the model calls the
/// namespaced function, the middleware runs it on the server (or asks for approval) and the next upstream request
/// carries the server's real output.
/// </summary>
public sealed class McpFlowTests : McpTestBase
{
    [Theory]
    [InlineData(true, false)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(false, true)]
    public async Task Never_requiring_approval_runs_the_tool_and_loops_to_the_answer(bool anthropic, bool stream)
    {
        using IResponsesClient client = Pipeline(anthropic);
        ReplyToolCall(anthropic, "echo", """{"text":"hi"}""", stream);
        ReplyText(anthropic, "The server said: echo: hi", stream);

        (Response response, IReadOnlyList<JsonElement> events) = await Output.RunAsync(client, new CreateResponseRequest
        {
            Model = anthropic ? "claude-sonnet-4-5" : "gpt-4o-mini",
            Input = "Echo hi",
            Tools = [Docs(McpRequireApproval.Never)],
            Stream = stream,
        }, stream);

        response.Status.Should().Be(ResponseStatus.Completed);
        response.Output.Select(i => i.Type).Should().Equal("mcp_list_tools", "mcp_call", "message");
        var listed = (McpListToolsItem)response.Output[0];
        listed.Error.Should().BeNull();
        listed.Tools.Select(t => t.Name).Should().Contain(["echo", "fail", "slow", "weather"]);
        var call = (McpCallItem)response.Output[1];
        call.ServerLabel.Should().Be("docs");
        call.Name.Should().Be("echo");
        call.Output.Should().Be("echo: hi");
        call.Error.Should().BeNull();
        response.OutputText.Should().Be("The server said: echo: hi");

        IReadOnlyList<RecordedRequest> requests = await _upstream.WaitForRequestsAsync(2);
        FunctionNames(requests[0].Json!.Value, anthropic).Should().Contain("docs__echo");
        ToolResultIn(requests[1].Json!.Value, anthropic).Should().Be("echo: hi");
        _server.State.Authorizations.Should().Contain("Bearer secret-token");
        _server.State.Tenants.Should().Contain("acme");

        // Credentials never come back.
        var echoed = response.Tools.OfType<McpTool>().Single();
        echoed.Authorization.Should().BeNull();
        echoed.Headers!["X-Tenant"].Should().Be(McpSecrets.RedactedValue);
        if (stream)
        {
            Output.Types(events).Should().ContainInOrder(
                "response.created", "response.output_item.added", "response.mcp_list_tools.in_progress", "response.mcp_list_tools.completed", "response.output_item.done",
                "response.output_item.added", "response.mcp_call.in_progress", "response.mcp_call_arguments.delta", "response.mcp_call_arguments.done", "response.mcp_call.completed", "response.output_item.done",
                "response.output_item.added", "response.output_text.delta", "response.completed");
            Output.Types(events).Count(t => t == "response.created").Should().Be(1);
            string.Join('\n', events.Select(e => e.GetRawText())).Should().NotContain("secret-token");
        }
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(false, true)]
    public async Task Approval_request_ends_the_response_and_the_approval_runs_the_call(bool anthropic, bool stream)
    {
        var store = new InMemoryResponseStore();
        using IResponsesClient client = Pipeline(anthropic, store: store);
        ReplyToolCall(anthropic, "echo", """{"text":"approved"}""", stream);

        (Response first, _) = await Output.RunAsync(client, new CreateResponseRequest { Input = "Echo approved", Tools = [Docs(McpRequireApproval.Always)], Stream = stream }, stream);

        first.Output.Select(i => i.Type).Should().Equal("mcp_list_tools", "mcp_approval_request");
        var request = (McpApprovalRequestItem)first.Output[1];
        request.Name.Should().Be("echo");
        request.ServerLabel.Should().Be("docs");
        JsonDocument.Parse(request.Arguments!).RootElement.GetProperty("text").GetString().Should().Be("approved");
        _server.State.EchoCalls.Should().Be(0);
        (await _upstream.WaitForRequestsAsync(1)).Should().HaveCount(1);

        ReplyText(anthropic, "Done.", stream);
        (Response second, _) = await Output.RunAsync(client, new CreateResponseRequest
        {
            PreviousResponseId = first.Id,
            Input = new ResponseInput([new McpApprovalResponseItem(request.Id!, approve: true)]),
            Tools = [Docs(McpRequireApproval.Always)],
            Stream = stream,
        }, stream);

        // The chain holds the tool list: not listed again.
        second.Output.Select(i => i.Type).Should().Equal("mcp_call", "message");
        var call = (McpCallItem)second.Output[0];
        call.ApprovalRequestId.Should().Be(request.Id);
        call.Output.Should().Be("echo: approved");
        _server.State.EchoCalls.Should().Be(1);
        IReadOnlyList<RecordedRequest> requests = await _upstream.WaitForRequestsAsync(2);
        ToolResultIn(requests[1].Json!.Value, anthropic).Should().Be("echo: approved");

        // The stored request keeps no credentials.
        StoredResponse? stored = await store.GetAsync(ResponsesCallContext.Owner, second.Id!);
        McpTool storedTool = stored!.Request!.Tools!.OfType<McpTool>().Single();
        storedTool.Authorization.Should().BeNull();
        storedTool.Headers!["X-Tenant"].Should().Be(McpSecrets.RedactedValue);
    }

    [Fact]
    public async Task A_denied_call_is_not_run_and_the_model_is_told()
    {
        using IResponsesClient client = Pipeline(anthropic: true);
        ReplyToolCall(true, "echo", """{"text":"no"}""", stream: false);
        Response first = await client.CreateResponseAsync(new CreateResponseRequest { Input = "Echo no", Tools = [Docs(McpRequireApproval.Always)] });
        var request = first.Output.OfType<McpApprovalRequestItem>().Single();

        ReplyText(true, "Understood, not running it.", stream: false);
        Response second = await client.CreateResponseAsync(new CreateResponseRequest
        {
            PreviousResponseId = first.Id,
            Input = new ResponseInput([new McpApprovalResponseItem(request.Id!, approve: false) { Reason = "not today" }]),
            Tools = [Docs(McpRequireApproval.Always)],
        });

        second.Output.Select(i => i.Type).Should().Equal("message");
        _server.State.EchoCalls.Should().Be(0);
        IReadOnlyList<RecordedRequest> requests = await _upstream.WaitForRequestsAsync(2);
        ToolResultIn(requests[1].Json!.Value, anthropic: true).Should().Be(McpModelInputDenied + " Reason: not today");
    }

    private const string McpModelInputDenied = "The user denied this MCP tool call.";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_failing_tool_is_an_error_on_the_call_and_the_model_goes_on(bool stream)
    {
        using IResponsesClient client = Pipeline(anthropic: false);
        ReplyToolCall(false, "fail", "{}", stream);
        ReplyText(false, "The tool failed.", stream);

        (Response response, IReadOnlyList<JsonElement> events) = await Output.RunAsync(client, new CreateResponseRequest { Model = "gpt-4o-mini", Input = "Fail", Tools = [Docs(McpRequireApproval.Never)], Stream = stream }, stream);

        var call = response.Output.OfType<McpCallItem>().Single();
        call.Status.Should().Be(ItemStatus.Failed);
        call.Output.Should().BeNull();
        call.Error.Should().NotBeNull();
        call.Error!.ToString().Should().Contain("the tool failed on purpose");
        response.Status.Should().Be(ResponseStatus.Completed);
        if (stream)
        {
            Output.Types(events).Should().Contain("response.mcp_call.failed");
        }

        IReadOnlyList<RecordedRequest> requests = await _upstream.WaitForRequestsAsync(2);
        ToolResultIn(requests[1].Json!.Value, anthropic: false).Should().StartWith("Error:").And.Contain("the tool failed on purpose");
    }

    [Fact]
    public async Task A_slow_tool_times_out_on_the_configured_clock()
    {
        var time = new FakeTimeProvider();
        using IResponsesClient client = Pipeline(anthropic: true, o => { o.TimeProvider = time; o.CallTimeout = TimeSpan.FromSeconds(5); });
        ReplyToolCall(true, "slow", "{}", stream: false);
        ReplyText(true, "Too slow.", stream: false);

        Task<Response> running = client.CreateResponseAsync(new CreateResponseRequest { Input = "Slow", Tools = [Docs(McpRequireApproval.Never)] });
        await _server.State.SlowStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        time.Advance(TimeSpan.FromSeconds(5));
        Response response = await running.WaitAsync(TimeSpan.FromSeconds(30));

        var call = response.Output.OfType<McpCallItem>().Single();
        call.Status.Should().Be(ItemStatus.Failed);
        call.Error!.ToString().Should().Contain("timed out");
        response.OutputText.Should().Be("Too slow.");
    }

    [Fact]
    public async Task Structured_content_and_truncated_output()
    {
        using IResponsesClient client = Pipeline(anthropic: false, o => o.MaxOutputLength = 100);
        ReplyToolCall(false, "weather", """{"city":"Paris"}""", stream: false);
        _upstream.EnqueuePost(Upstreams.ChatPath, Upstreams.ChatToolCall("call_2", "docs__big", "{}", stream: false));
        ReplyText(false, "ok", stream: false);

        Response response = await client.CreateResponseAsync(new CreateResponseRequest { Model = "gpt-4o-mini", Input = "Weather and big", Tools = [Docs(McpRequireApproval.Never)] });

        McpCallItem[] calls = [.. response.Output.OfType<McpCallItem>()];
        calls.Should().HaveCount(2);
        JsonDocument.Parse(calls[0].Output!).RootElement.GetProperty("temperatureCelsius").GetInt32().Should().Be(21);
        calls[1].Output.Should().StartWith(new string('x', 100)).And.EndWith("[output truncated: 5000 characters]");
        response.OutputText.Should().Be("ok");
    }

    [Fact]
    public async Task Multi_turn_does_not_list_the_tools_again_and_replays_the_calls()
    {
        using IResponsesClient client = Pipeline(anthropic: true);
        ReplyToolCall(true, "echo", """{"text":"one"}""", stream: false);
        ReplyText(true, "first answer", stream: false);
        Response first = await client.CreateResponseAsync(new CreateResponseRequest { Input = "one", Tools = [Docs(McpRequireApproval.Never)] });
        first.Output.Select(i => i.Type).Should().Equal("mcp_list_tools", "mcp_call", "message");

        ReplyText(true, "second answer", stream: false);
        Response second = await client.CreateResponseAsync(new CreateResponseRequest { PreviousResponseId = first.Id, Input = "two", Tools = [Docs(McpRequireApproval.Never)] });

        second.Output.Select(i => i.Type).Should().Equal("message");
        IReadOnlyList<RecordedRequest> requests = await _upstream.WaitForRequestsAsync(3);
        JsonElement body = requests[2].Json!.Value;
        ToolResultIn(body, anthropic: true).Should().Be("echo: one");
        FunctionNames(body, anthropic: true).Should().Contain("docs__echo");
    }

    [Fact]
    public async Task Allowed_tools_limit_what_the_model_sees()
    {
        using IResponsesClient client = Pipeline(anthropic: false);
        ReplyText(false, "hello", stream: false);
        McpTool tool = Docs(McpRequireApproval.Never);
        tool.AllowedTools = McpAllowedTools.FromNames("echo");

        Response response = await client.CreateResponseAsync(new CreateResponseRequest { Model = "gpt-4o-mini", Input = "hi", Tools = [tool] });

        ((McpListToolsItem)response.Output[0]).Tools.Select(t => t.Name).Should().Equal("echo");
        FunctionNames((await _upstream.WaitForRequestsAsync(1))[0].Json!.Value, anthropic: false).Should().Equal("docs__echo");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_unreachable_server_is_an_error_on_mcp_list_tools(bool stream)
    {
        int closedPort;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            closedPort = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }

        using IResponsesClient client = Pipeline(anthropic: true, o => o.AllowedServerUrlPrefixes.Add($"http://127.0.0.1:{closedPort}/"));
        ReplyText(true, "No tools today.", stream);

        (Response response, IReadOnlyList<JsonElement> events) = await Output.RunAsync(client, new CreateResponseRequest
        {
            Input = "hi",
            Tools = [new McpTool { ServerLabel = "gone", ServerUrl = $"http://127.0.0.1:{closedPort}/mcp", RequireApproval = McpRequireApproval.Never }],
            Stream = stream,
        }, stream);

        var listed = (McpListToolsItem)response.Output[0];
        listed.Error.Should().Contain("gone");
        listed.Tools.Should().BeEmpty();
        response.OutputText.Should().Be("No tools today.");
        if (stream)
        {
            Output.Types(events).Should().Contain("response.mcp_list_tools.failed");
        }
    }
}
