using Responses.Providers.Middleware.Mcp;

namespace Responses;

/// <summary>Adds the MCP middleware to a pipeline.</summary>
public static class McpResponsesClientBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="McpResponsesClient"/>: <c>mcp</c> tools (tool listing, approvals, execution) on providers without
    /// hosted MCP. Put it after <c>.UseResponseStore()</c> so that approvals can answer a stored response.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the options, or <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    public static ResponsesClientBuilder UseMcp(this ResponsesClientBuilder builder, Action<McpResponsesClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new McpResponsesClientOptions();
        configure?.Invoke(options);
        return builder.UseMcp(options);
    }

    /// <summary>Adds <see cref="McpResponsesClient"/> with the given options.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The options.</param>
    /// <returns>The builder.</returns>
    public static ResponsesClientBuilder UseMcp(this ResponsesClientBuilder builder, McpResponsesClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        return builder.Use(inner => new McpResponsesClient(inner, options));
    }
}
