namespace Responses;

/// <summary>The output of a custom tool call, sent back to the model.</summary>
public sealed class CustomToolCallOutputItem : ResponseItem
{
    /// <summary>Initializes an empty custom tool call output.</summary>
    public CustomToolCallOutputItem()
        : base(ResponseItemTypes.CustomToolCallOutput)
    {
    }

    /// <summary>Initializes a custom tool call output.</summary>
    /// <param name="callId">The ID of the custom tool call this output answers.</param>
    /// <param name="output">The output (a string converts implicitly).</param>
    public CustomToolCallOutputItem(string callId, ToolCallOutputContent output)
        : this()
    {
        CallId = callId;
        Output = output;
    }

    /// <summary>The ID of the custom tool call this output answers.</summary>
    public string? CallId { get; set; }

    /// <summary>The output: a string or a list of text, image and file input parts.</summary>
    public ToolCallOutputContent? Output { get; set; }

    /// <summary>The execution context that produced this tool call (<c>direct</c> or a <c>program</c>).</summary>
    public ToolCallCaller? Caller { get; set; }

    /// <summary>The status of the item.</summary>
    public ItemStatus? Status { get; set; }

    /// <summary>The identifier of the actor that created the item.</summary>
    public string? CreatedBy { get; set; }
}
