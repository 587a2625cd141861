namespace Responses;

/// <summary>A response to an MCP approval request.</summary>
public sealed class McpApprovalResponseItem : ResponseItem
{
    /// <summary>Initializes an empty MCP approval response.</summary>
    public McpApprovalResponseItem()
        : base(ResponseItemTypes.McpApprovalResponse)
    {
    }

    /// <summary>Initializes a response to an approval request.</summary>
    /// <param name="approvalRequestId">The ID of the approval request being answered.</param>
    /// <param name="approve">Whether the request is approved.</param>
    public McpApprovalResponseItem(string approvalRequestId, bool approve)
        : this()
    {
        ApprovalRequestId = approvalRequestId;
        Approve = approve;
    }

    /// <summary>The ID of the approval request being answered.</summary>
    public string? ApprovalRequestId { get; set; }

    /// <summary>Whether the request was approved.</summary>
    public bool Approve { get; set; }

    /// <summary>An optional reason for the decision.</summary>
    public string? Reason { get; set; }
}
