using Microsoft.Extensions.AI;
using ModelContextProtocol.Client;
using Responses.Providers.Middleware.Mcp;

namespace Responses.ExtensionsAI.Mcp;

/// <summary>
/// An MCP server's tools as M.E.AI functions, following an <c>mcp</c> tool definition: <c>allowed_tools</c> selects
/// them, and the ones that need approval are wrapped in <see cref="ApprovalRequiredAIFunction"/> (so that
/// <c>FunctionInvokingChatClient</c> asks with a <c>ToolApprovalRequestContent</c> before running them).
/// </summary>
public static class McpToolFunctions
{
    /// <summary>Lists the tools of a connected MCP server as functions.</summary>
    /// <param name="client">The connected MCP client.</param>
    /// <param name="definition">
    /// The <c>mcp</c> tool whose <c>allowed_tools</c> and <c>require_approval</c> apply (the same rules as
    /// <c>.UseMcp()</c>, see <see cref="McpToolPolicy"/>). Besides, a tool the server annotates
    /// <c>destructiveHint: true</c> is not exempted by a <c>read_only</c> filter (even if it also claims
    /// <c>readOnlyHint</c>): only <c>never</c>, or a <c>never</c> filter naming it, exempts it.
    /// </param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The functions; invoking one calls the tool on the server.</returns>
    public static async Task<IList<AIFunction>> ListAsync(McpClient client, McpTool definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(definition);
        IList<McpClientTool> tools = await client.ListToolsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var functions = new List<AIFunction>(tools.Count);
        foreach (McpClientTool tool in tools)
        {
            McpListToolsTool listed = McpProtocolTools.ToListToolsTool(tool.ProtocolTool);
            if (!McpToolPolicy.IsAllowed(definition, listed))
            {
                continue;
            }

            bool destructive = tool.ProtocolTool.Annotations?.DestructiveHint == true;
            bool approval = McpToolPolicy.NeedsApproval(definition, listed) || (destructive && !McpToolPolicy.IsExplicitlyExempt(definition, listed));
            functions.Add(approval ? new ApprovalRequiredAIFunction(tool) : tool);
        }

        return functions;
    }
}
