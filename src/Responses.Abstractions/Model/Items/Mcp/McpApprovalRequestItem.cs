namespace Responses;

/// <summary>A request for human approval of an MCP tool invocation.</summary>
public sealed class McpApprovalRequestItem : ResponseItem
{
    /// <summary>Initializes an empty MCP approval request.</summary>
    public McpApprovalRequestItem()
        : base(ResponseItemTypes.McpApprovalRequest)
    {
    }

    /// <summary>The label of the MCP server making the request.</summary>
    public string? ServerLabel { get; set; }

    /// <summary>The name of the tool to run.</summary>
    public string? Name { get; set; }

    /// <summary>A JSON string of arguments for the tool.</summary>
    public string? Arguments { get; set; }
}
