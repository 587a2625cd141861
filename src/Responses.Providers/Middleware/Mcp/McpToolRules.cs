using System.Text.Json;

namespace Responses.Providers.Middleware.Mcp;

/// <summary><c>allowed_tools</c> and <c>require_approval</c> of an <c>mcp</c> tool, applied to a listed tool.</summary>
internal static class McpToolRules
{
    /// <summary>Whether the model may use the tool (<c>allowed_tools</c>; everything when absent).</summary>
    public static bool IsAllowed(McpTool server, McpListToolsTool tool)
    {
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
    public static bool NeedsApproval(McpTool server, McpListToolsTool tool)
    {
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

    private static bool Matches(McpToolFilter filter, McpListToolsTool tool) =>
        (tool.Name is not null && filter.ToolNames?.Contains(tool.Name) == true)
        || (filter.ReadOnly == true && IsReadOnly(tool));

    private static bool IsReadOnly(McpListToolsTool tool) =>
        tool.Annotations is { ValueKind: JsonValueKind.Object } annotations
        && annotations.TryGetProperty("readOnlyHint", out JsonElement hint)
        && hint.ValueKind == JsonValueKind.True;
}
