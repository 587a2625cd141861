using System.Text.Json;
using ModelContextProtocol.Client;
using Responses.Testing;

namespace Responses.Mcp.Tests;

/// <summary>Transports, approval filters, tool choice and the request errors of the MCP middleware.</summary>
public sealed class McpRequestTests : McpTestBase
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_legacy_SSE_transport_is_used_for_an_sse_url(bool stream)
    {
        using IResponsesClient client = Pipeline(anthropic: true);
        ReplyToolCall(true, "echo", """{"text":"over sse"}""", stream);
        ReplyText(true, "ok", stream);
        McpTool tool = Docs(McpRequireApproval.Never);
        tool.ServerUrl = _server.McpUrl + "/sse";

        (Response response, _) = await Output.RunAsync(client, new CreateResponseRequest { Input = "hi", Tools = [tool], Stream = stream }, stream);

        ((McpListToolsItem)response.Output[0]).Error.Should().BeNull();
        response.Output.OfType<McpCallItem>().Single().Output.Should().Be("echo: over sse");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task In_one_turn_a_call_not_needing_approval_runs_and_one_needing_it_ends_the_response(bool stream)
    {
        using IResponsesClient client = Pipeline(anthropic: false);
        string twoCalls = """{"id":"c1","object":"chat.completion","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[{"id":"call_a","type":"function","function":{"name":"docs__echo","arguments":"{\"text\":\"a\"}"}},{"id":"call_b","type":"function","function":{"name":"docs__weather","arguments":"{\"city\":\"Oslo\"}"}}]},"finish_reason":"tool_calls"}]}""";
        _upstream.EnqueuePost(Upstreams.ChatPath, stream ? ChatStreamOf(twoCalls) : UpstreamReply.Json(twoCalls));
        McpTool tool = Docs(new McpApprovalFilter { Never = new McpToolFilter { ReadOnly = true } }); // echo is read-only, weather is not

        (Response response, _) = await Output.RunAsync(client, new CreateResponseRequest { Model = "gpt-4o-mini", Input = "both", Tools = [tool], Stream = stream }, stream);

        response.Output.Select(i => i.Type).Should().Equal("mcp_list_tools", "mcp_call", "mcp_approval_request");
        ((McpCallItem)response.Output[1]).Output.Should().Be("echo: a");
        ((McpApprovalRequestItem)response.Output[2]).Name.Should().Be("weather");
        (await _upstream.WaitForRequestsAsync(1)).Should().HaveCount(1);
    }

    [Fact]
    public async Task Tool_names_that_collide_as_function_names_map_back_to_their_own_tool()
    {
        using IResponsesClient client = Pipeline(anthropic: true);
        _upstream.EnqueuePost(Upstreams.AnthropicPath, Upstreams.AnthropicToolUse("toolu_1", "docs__note_read_2", "{}", stream: false));
        ReplyText(true, "ok", stream: false);

        Response response = await client.CreateResponseAsync(new CreateResponseRequest { Input = "read", Tools = [Docs(McpRequireApproval.Never)] });

        FunctionNames((await _upstream.WaitForRequestsAsync(1))[0].Json!.Value, anthropic: true).Should().Contain(["docs__note_read", "docs__note_read_2"]);
        // The one listed second got the suffix.
        string second = ((McpListToolsItem)response.Output[0]).Tools.Select(t => t.Name!).Where(n => n is "note.read" or "note_read").Last();
        McpCallItem call = response.Output.OfType<McpCallItem>().Single();
        call.Name.Should().Be(second);
        call.Output.Should().Be(second == "note_read" ? "underscored" : "dotted");
    }

    [Fact]
    public async Task An_operator_configured_stdio_server_is_used_for_its_label()
    {
        using IResponsesClient client = Pipeline(anthropic: true, o => o.StdioServers["local"] = new StdioClientTransportOptions
        {
            Command = "dotnet",
            Arguments = [Path.Combine(AppContext.BaseDirectory, "Responses.Mcp.StdioServer.dll")],
            Name = "local",
        });
        _upstream.EnqueuePost(Upstreams.AnthropicPath, Upstreams.AnthropicToolUse("toolu_1", "local__echo", """{"text":"hi"}""", stream: false));
        ReplyText(true, "ok", stream: false);

        Response response = await client.CreateResponseAsync(new CreateResponseRequest
        {
            Input = "hi",
            Tools = [new McpTool { ServerLabel = "local", RequireApproval = McpRequireApproval.Never }],
        });

        var listed = (McpListToolsItem)response.Output[0];
        listed.Error.Should().BeNull();
        listed.Tools.Select(t => t.Name).Should().Equal("echo");
        McpCallItem call = response.Output.OfType<McpCallItem>().Single();
        call.Output.Should().StartWith("stdio echo: hi (pid ");
        call.Output.Should().NotContain($"(pid {Environment.ProcessId})");
    }

    [Fact]
    public async Task A_request_cannot_reach_a_stdio_server_by_giving_a_url_with_its_label()
    {
        // A server_url always means HTTP (and the URL policy): the configured process is only for tools without one.
        using IResponsesClient client = Pipeline(anthropic: true, o => o.StdioServers["local"] = new StdioClientTransportOptions { Command = "does-not-exist" });
        Func<Task> act = () => client.CreateResponseAsync(new CreateResponseRequest
        {
            Input = "hi",
            Tools = [new McpTool { ServerLabel = "local", ServerUrl = "http://169.254.169.254/" }],
        });

        (await act.Should().ThrowAsync<ResponsesException>()).Which.Error.Param.Should().Be("tools[0].server_url");
    }

    [Fact]
    public async Task An_mcp_tool_choice_becomes_the_function()
    {
        using IResponsesClient client = Pipeline(anthropic: false);
        ReplyText(false, "ok", stream: false);

        await client.CreateResponseAsync(new CreateResponseRequest { Model = "gpt-4o-mini", Input = "hi", Tools = [Docs(McpRequireApproval.Never)], ToolChoice = ToolChoice.Mcp("docs", "echo") });

        JsonElement body = (await _upstream.WaitForRequestsAsync(1))[0].Json!.Value;
        body.GetProperty("tool_choice").GetProperty("function").GetProperty("name").GetString().Should().Be("docs__echo");
    }

    [Fact]
    public async Task An_approval_for_an_unknown_request_is_a_400()
    {
        using IResponsesClient client = Pipeline(anthropic: true);
        Func<Task> act = () => client.CreateResponseAsync(new CreateResponseRequest
        {
            Input = new ResponseInput([new McpApprovalResponseItem("mcpr_nope", approve: true)]),
            Tools = [Docs(McpRequireApproval.Always)],
        });

        ResponsesException error = (await act.Should().ThrowAsync<ResponsesException>()).Which;
        error.StatusCode.Should().Be(400);
        error.Error.Param.Should().Be("input");
        _upstream.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_server_without_url_must_be_configured_by_the_operator()
    {
        using IResponsesClient client = Pipeline(anthropic: true);
        Func<Task> act = () => client.CreateResponseAsync(new CreateResponseRequest { Input = "hi", Tools = [new McpTool { ServerLabel = "local" }] });

        ResponsesException error = (await act.Should().ThrowAsync<ResponsesException>()).Which;
        error.StatusCode.Should().Be(400);
        error.Error.Param.Should().Be("tools[0].server_url");
    }

    [Fact]
    public async Task Too_many_tools_is_an_error_on_the_list()
    {
        using IResponsesClient client = Pipeline(anthropic: true, o => o.MaxToolsPerServer = 2);
        ReplyText(true, "ok", stream: false);

        Response response = await client.CreateResponseAsync(new CreateResponseRequest { Input = "hi", Tools = [Docs(McpRequireApproval.Never)] });

        var listed = (McpListToolsItem)response.Output[0];
        listed.Error.Should().Contain("limit of 2");
        listed.Tools.Should().BeEmpty();
        (await _upstream.WaitForRequestsAsync(1))[0].Json!.Value.TryGetProperty("tools", out _).Should().BeFalse();
    }

    private static UpstreamReply ChatStreamOf(string completion)
    {
        JsonElement body = JsonDocument.Parse(completion).RootElement;
        var calls = body.GetProperty("choices")[0].GetProperty("message").GetProperty("tool_calls");
        var chunks = new List<string> { """{"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":null},"finish_reason":null}]}""" };
        int index = 0;
        foreach (JsonElement call in calls.EnumerateArray())
        {
            var function = call.GetProperty("function");
            chunks.Add(JsonSerializer.Serialize(new
            {
                id = "c1",
                @object = "chat.completion.chunk",
                created = 1,
                model = "gpt-4o-mini",
                choices = new[] { new { index = 0, delta = new { tool_calls = new[] { new { index, id = call.GetProperty("id").GetString(), type = "function", function = new { name = function.GetProperty("name").GetString(), arguments = function.GetProperty("arguments").GetString() } } } }, finish_reason = (string?)null } },
            }));
            index++;
        }

        chunks.Add("""{"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}""");
        return UpstreamReply.Sse(chunks.Select(SseFrame.FromData)).WithDoneSentinel();
    }
}
