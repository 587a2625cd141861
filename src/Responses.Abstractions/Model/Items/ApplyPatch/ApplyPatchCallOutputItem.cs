namespace Responses;

/// <summary>The output of an apply patch call.</summary>
public sealed class ApplyPatchCallOutputItem : ResponseItem
{
    /// <summary>Initializes an empty apply patch call output.</summary>
    public ApplyPatchCallOutputItem()
        : base(ResponseItemTypes.ApplyPatchCallOutput)
    {
    }

    /// <summary>The ID of the apply patch call this output answers.</summary>
    public string? CallId { get; set; }

    /// <summary>The execution context that produced this tool call (<c>direct</c> or a <c>program</c>).</summary>
    public ToolCallCaller? Caller { get; set; }

    /// <summary>The status: <c>completed</c> or <c>failed</c>.</summary>
    public ItemStatus? Status { get; set; }

    /// <summary>Optional log output of the operation.</summary>
    public string? Output { get; set; }

    /// <summary>The identifier of the actor that created the item.</summary>
    public string? CreatedBy { get; set; }
}
