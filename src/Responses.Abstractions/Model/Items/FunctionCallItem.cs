namespace Responses;

/// <summary>A call the model makes to a function tool.</summary>
public sealed class FunctionCallItem : ResponseItem
{
    /// <summary>Initializes an empty function call.</summary>
    public FunctionCallItem()
        : base(ResponseItemTypes.FunctionCall)
    {
    }

    /// <summary>Initializes a function call.</summary>
    /// <param name="callId">The ID that the matching output refers to.</param>
    /// <param name="name">The function name.</param>
    /// <param name="arguments">The arguments, a JSON object encoded as a string.</param>
    public FunctionCallItem(string callId, string name, string arguments)
        : this()
    {
        CallId = callId;
        Name = name;
        Arguments = arguments;
    }

    /// <summary>The id that the matching <c>function_call_output</c> refers to.</summary>
    public string? CallId { get; set; }

    /// <summary>The function name.</summary>
    public string? Name { get; set; }

    /// <summary>The arguments, a JSON object encoded as a string.</summary>
    public string? Arguments { get; set; }

    /// <summary>The namespace of the function, for namespaced tools.</summary>
    public string? Namespace { get; set; }

    /// <summary>The execution context that produced this call (<c>direct</c> or a <c>program</c>).</summary>
    public ToolCallCaller? Caller { get; set; }

    /// <summary>The status of the item.</summary>
    public ItemStatus? Status { get; set; }

    /// <summary>The identifier of the actor that created the item.</summary>
    public string? CreatedBy { get; set; }
}
