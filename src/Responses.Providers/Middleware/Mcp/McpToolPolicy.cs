using System.Text.Json;

namespace Responses.Providers.Middleware.Mcp;

/// <summary>
/// <c>allowed_tools</c> and <c>require_approval</c> of an <c>mcp</c> tool, applied to one of the server's tools: the
/// rules the MCP middleware follows, for other hosts of MCP tools (the M.E.AI helper) to follow too.
/// </summary>
public static class McpToolPolicy
{
    /// <summary>Whether the model may use the tool (<c>allowed_tools</c>; everything when absent).</summary>
    /// <param name="server">The <c>mcp</c> tool of the request.</param>
    /// <param name="tool">The server's tool, as listed.</param>
    /// <returns><see langword="true"/> when the tool is allowed.</returns>
    public static bool IsAllowed(McpTool server, McpListToolsTool tool)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(tool);
        McpAllowedTools? allowed = server.AllowedTools;
        if (allowed is null)
        {
            return true;
        }

        if (allowed.ToolNames is { } names)
        {
            return tool.Name is not null && names.Contains(tool.Name);
        }

        McpToolFilter filter = allowed.Filter!;
        return (filter.ToolNames is null && filter.ReadOnly is null) || Matches(filter, tool);
    }

    /// <summary>
    /// Whether a call needs approval. As the specification's default, every call does unless <c>require_approval</c>
    /// is <c>never</c> or its <c>never</c> filter selects the tool; an <c>always</c> filter wins over <c>never</c>.
    /// </summary>
    /// <param name="server">The <c>mcp</c> tool of the request.</param>
    /// <param name="tool">The server's tool, as listed.</param>
    /// <returns><see langword="true"/> when a call must be approved first.</returns>
    public static bool NeedsApproval(McpTool server, McpListToolsTool tool)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(tool);
        McpRequireApproval? policy = server.RequireApproval;
        if (policy is null)
        {
            return true;
        }

        if (policy.Mode is { } mode)
        {
            return !string.Equals(mode, "never", StringComparison.Ordinal);
        }

        McpApprovalFilter filter = policy.Filter!;
        if (filter.Always is { } always && Matches(always, tool))
        {
            return true;
        }

        return !(filter.Never is { } never && Matches(never, tool));
    }

    /// <summary>Whether <c>require_approval</c> explicitly exempts the tool: <c>never</c>, or a <c>never</c> filter naming it.</summary>
    /// <param name="server">The <c>mcp</c> tool of the request.</param>
    /// <param name="tool">The server's tool, as listed.</param>
    /// <returns><see langword="true"/> when the caller said this tool never needs approval.</returns>
    public static bool IsExplicitlyExempt(McpTool server, McpListToolsTool tool)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(tool);
        McpRequireApproval? policy = server.RequireApproval;
        return policy?.Mode is "never"
            || (tool.Name is not null && policy?.Filter?.Never?.ToolNames?.Contains(tool.Name) == true && policy.Filter.Always?.ToolNames?.Contains(tool.Name) != true);
    }

    private static bool Matches(McpToolFilter filter, McpListToolsTool tool) =>
        (tool.Name is not null && filter.ToolNames?.Contains(tool.Name) == true)
        || (filter.ReadOnly == true && IsReadOnly(tool));

    private static bool IsReadOnly(McpListToolsTool tool) =>
        tool.Annotations is { ValueKind: JsonValueKind.Object } annotations
        && annotations.TryGetProperty("readOnlyHint", out JsonElement hint)
        && hint.ValueKind == JsonValueKind.True;
}
