using System.Text.Json;
using Responses.Providers.Middleware.Mcp;
using Responses.Testing;

namespace Responses.Mcp.Tests;

/// <summary>A real MCP server and a fake model upstream per test, with the helpers the MCP tests share.</summary>
public abstract class McpTestBase : IAsyncLifetime
{
    private protected TestMcpServer _server = null!;
    private protected FakeUpstream _upstream = null!;

    public async Task InitializeAsync()
    {
        _server = await TestMcpServer.StartAsync();
        _upstream = await FakeUpstream.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _upstream.DisposeAsync();
        await _server.DisposeAsync();
    }

    private protected McpTool Docs(McpRequireApproval approval) => new()
    {
        ServerLabel = "docs",
        ServerUrl = _server.McpUrl,
        Authorization = "secret-token",
        Headers = new Dictionary<string, string> { ["X-Tenant"] = "acme" },
        RequireApproval = approval,
    };

    private protected IResponsesClient Pipeline(bool anthropic, Action<McpResponsesClientOptions>? configure = null, IResponseStore? store = null)
    {
        IResponsesClient provider = anthropic ? Upstreams.Anthropic(_upstream) : Upstreams.Chat(_upstream);
        return provider.AsBuilder()
            .UseResponseStore(store ?? new InMemoryResponseStore())
            .UseMcp(o =>
            {
                o.AllowedServerUrlPrefixes.Add(_server.BaseAddress.ToString());
                configure?.Invoke(o);
            })
            .Build();
    }

    private protected void ReplyToolCall(bool anthropic, string tool, string arguments, bool stream) =>
        _upstream.EnqueuePost(anthropic ? Upstreams.AnthropicPath : Upstreams.ChatPath, anthropic
            ? Upstreams.AnthropicToolUse("toolu_1", "docs__" + tool, arguments, stream)
            : Upstreams.ChatToolCall("call_1", "docs__" + tool, arguments, stream));

    private protected void ReplyText(bool anthropic, string text, bool stream) =>
        _upstream.EnqueuePost(anthropic ? Upstreams.AnthropicPath : Upstreams.ChatPath, anthropic ? Upstreams.AnthropicText(text, stream) : Upstreams.ChatText(text, stream));

    // The tool result the model received in the given upstream request, in the provider's own wire format.
    private protected static string ToolResultIn(JsonElement body, bool anthropic)
    {
        if (anthropic)
        {
            foreach (JsonElement message in body.GetProperty("messages").EnumerateArray())
            {
                if (message.GetProperty("content") is { ValueKind: JsonValueKind.Array } content)
                {
                    foreach (JsonElement block in content.EnumerateArray())
                    {
                        if (block.GetProperty("type").GetString() == "tool_result")
                        {
                            JsonElement c = block.GetProperty("content");
                            return c.ValueKind == JsonValueKind.String ? c.GetString()! : c[0].GetProperty("text").GetString()!;
                        }
                    }
                }
            }
        }
        else
        {
            foreach (JsonElement message in body.GetProperty("messages").EnumerateArray())
            {
                if (message.GetProperty("role").GetString() == "tool")
                {
                    JsonElement c = message.GetProperty("content");
                    return c.ValueKind == JsonValueKind.String ? c.GetString()! : c[0].GetProperty("text").GetString()!;
                }
            }
        }

        throw new InvalidOperationException("No tool result in " + body);
    }

    private protected static IEnumerable<string> FunctionNames(JsonElement body, bool anthropic) =>
        body.GetProperty("tools").EnumerateArray().Select(t => anthropic ? t.GetProperty("name").GetString()! : t.GetProperty("function").GetProperty("name").GetString()!);
}
