using Microsoft.Extensions.AI;
using ModelContextProtocol.Client;
using Responses.ExtensionsAI.Mcp;

namespace Responses.Mcp.Tests;

/// <summary>The M.E.AI helper: an MCP server's tools as functions, approval-wrapped as require_approval and annotations say.</summary>
public sealed class McpToolFunctionsTests : McpTestBase
{
    private async Task<McpClient> ConnectAsync() =>
        await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions { Endpoint = new Uri(_server.McpUrl) }));

    [Fact]
    public async Task Allowed_tools_select_and_never_leaves_them_unwrapped()
    {
        await using McpClient client = await ConnectAsync();
        IList<AIFunction> functions = await McpToolFunctions.ListAsync(client, new McpTool
        {
            ServerLabel = "docs",
            AllowedTools = McpAllowedTools.FromNames("echo", "weather"),
            RequireApproval = McpRequireApproval.Never,
        });

        functions.Select(f => f.Name).Should().BeEquivalentTo(["echo", "weather"]);
        functions.Should().NotContain(f => f is ApprovalRequiredAIFunction);
        object? result = await functions.Single(f => f.Name == "echo").InvokeAsync(new AIFunctionArguments { ["text"] = "via M.E.AI" });
        result!.ToString().Should().Contain("echo: via M.E.AI");
    }

    [Fact]
    public async Task The_default_wraps_every_tool_and_a_read_only_filter_exempts_read_only_tools_but_not_destructive_ones()
    {
        await using McpClient client = await ConnectAsync();

        IList<AIFunction> byDefault = await McpToolFunctions.ListAsync(client, new McpTool { ServerLabel = "docs" });
        byDefault.Should().OnlyContain(f => f is ApprovalRequiredAIFunction);

        IList<AIFunction> readOnlyExempt = await McpToolFunctions.ListAsync(client, new McpTool
        {
            ServerLabel = "docs",
            RequireApproval = new McpApprovalFilter { Never = new McpToolFilter { ReadOnly = true } },
        });
        readOnlyExempt.Where(f => f is not ApprovalRequiredAIFunction).Select(f => f.Name).Should().Equal("echo");
        readOnlyExempt.Single(f => f.Name == "wipe").Should().BeOfType<ApprovalRequiredAIFunction>();

        IList<AIFunction> named = await McpToolFunctions.ListAsync(client, new McpTool
        {
            ServerLabel = "docs",
            RequireApproval = new McpApprovalFilter { Never = new McpToolFilter { ToolNames = ["wipe"] } },
        });
        named.Single(f => f.Name == "wipe").Should().NotBeOfType<ApprovalRequiredAIFunction>();
    }
}
