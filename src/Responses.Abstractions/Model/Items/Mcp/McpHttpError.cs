namespace Responses;

/// <summary>An HTTP error from the MCP server.</summary>
public sealed class McpHttpError : McpToolCallError
{
    /// <summary>Initializes an empty HTTP error.</summary>
    public McpHttpError()
        : base(McpToolCallErrorTypes.HttpError)
    {
    }

    /// <summary>The HTTP status code.</summary>
    public int Code { get; set; }

    /// <summary>The error message.</summary>
    public string? Message { get; set; }
}
