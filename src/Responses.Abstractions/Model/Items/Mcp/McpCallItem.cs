namespace Responses;

/// <summary>An invocation of a tool on an MCP server.</summary>
public sealed class McpCallItem : ResponseItem
{
    /// <summary>Initializes an empty MCP call.</summary>
    public McpCallItem()
        : base(ResponseItemTypes.McpCall)
    {
    }

    /// <summary>The label of the MCP server running the tool.</summary>
    public string? ServerLabel { get; set; }

    /// <summary>The name of the tool that was run.</summary>
    public string? Name { get; set; }

    /// <summary>A JSON string of the arguments passed to the tool.</summary>
    public string? Arguments { get; set; }

    /// <summary>The output of the tool call.</summary>
    public string? Output { get; set; }

    /// <summary>The error from the tool call, if any (an error object, or a string from older API versions).</summary>
    public McpCallError? Error { get; set; }

    /// <summary>The status: <c>in_progress</c>, <c>completed</c>, <c>incomplete</c>, <c>calling</c> or <c>failed</c>.</summary>
    public ItemStatus? Status { get; set; }

    /// <summary>The ID of the approval request this call was approved by, if any.</summary>
    public string? ApprovalRequestId { get; set; }
}
