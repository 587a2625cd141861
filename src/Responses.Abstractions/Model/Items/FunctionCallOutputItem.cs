namespace Responses;

/// <summary>The output of a function tool call, sent back to the model.</summary>
public sealed class FunctionCallOutputItem : ResponseItem
{
    /// <summary>Initializes an empty function call output.</summary>
    public FunctionCallOutputItem()
        : base(ResponseItemTypes.FunctionCallOutput)
    {
    }

    /// <summary>Initializes a function call output.</summary>
    /// <param name="callId">The ID of the function call this output answers.</param>
    /// <param name="output">The output (a string converts implicitly).</param>
    public FunctionCallOutputItem(string callId, ToolCallOutputContent output)
        : this()
    {
        CallId = callId;
        Output = output;
    }

    /// <summary>The ID of the function call this output answers.</summary>
    public string? CallId { get; set; }

    /// <summary>The output: a string (often JSON) or a list of text, image and file input parts.</summary>
    public ToolCallOutputContent? Output { get; set; }

    /// <summary>The name of the tool that produced the output.</summary>
    public string? Name { get; set; }

    /// <summary>The namespace of the tool that produced the output.</summary>
    public string? Namespace { get; set; }

    /// <summary>The execution context that produced this tool call (<c>direct</c> or a <c>program</c>).</summary>
    public ToolCallCaller? Caller { get; set; }

    /// <summary>The status of the item.</summary>
    public ItemStatus? Status { get; set; }

    /// <summary>The identifier of the actor that created the item.</summary>
    public string? CreatedBy { get; set; }
}
