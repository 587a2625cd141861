namespace Responses.Providers.Middleware.Mcp;

/// <summary>
/// Keeps MCP credentials out of anything that is stored, returned or logged: a copy of a tool list whose <c>mcp</c>
/// tools have no <c>authorization</c> and whose header values read <see cref="RedactedValue"/>.
/// </summary>
public static class McpSecrets
{
    /// <summary>What a redacted header value reads.</summary>
    public const string RedactedValue = "<redacted>";

    /// <summary>Returns the tools with every <c>mcp</c> tool's credentials redacted (the same list when there is nothing to redact).</summary>
    /// <param name="tools">The tools of a request or response.</param>
    /// <returns>The redacted tools; the caller's objects are never changed.</returns>
    public static IList<ResponseTool>? Redact(IList<ResponseTool>? tools)
    {
        if (tools is null || !tools.Any(t => t is McpTool { Authorization: not null } or McpTool { Headers.Count: > 0 }))
        {
            return tools;
        }

        var redacted = new List<ResponseTool>(tools.Count);
        foreach (ResponseTool tool in tools)
        {
            redacted.Add(tool is McpTool mcp ? Redact(mcp) : tool);
        }

        return redacted;
    }

    /// <summary>Returns a copy of an <c>mcp</c> tool without its credentials.</summary>
    /// <param name="tool">The tool.</param>
    /// <returns>The copy (the tool itself when it has none).</returns>
    public static McpTool Redact(McpTool tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        if (tool.Authorization is null && tool.Headers is not { Count: > 0 })
        {
            return tool;
        }

        // As built: a removed "authorization" is left out rather than written as an explicit null.
        var copy = (McpTool)tool.ShallowCloneAsBuilt();
        copy.Authorization = null;
        if (tool.Headers is { Count: > 0 } headers)
        {
            copy.Headers = headers.ToDictionary(h => h.Key, _ => RedactedValue, StringComparer.OrdinalIgnoreCase);
        }

        return copy;
    }
}
