namespace Responses;

/// <summary>A call the model makes to a function tool.</summary>
public sealed class FunctionCallItem : ResponseItem
{
    /// <summary>Initializes an empty function call.</summary>
    public FunctionCallItem()
        : base(ResponseItemTypes.FunctionCall)
    {
    }

    /// <summary>The id that the matching <c>function_call_output</c> refers to.</summary>
    public string? CallId { get; set; }

    /// <summary>The function name.</summary>
    public string? Name { get; set; }

    /// <summary>The arguments, a JSON object encoded as a string.</summary>
    public string? Arguments { get; set; }

    /// <summary>The namespace of the function, for namespaced tools.</summary>
    public string? Namespace { get; set; }

    /// <summary>The status of the item.</summary>
    public ItemStatus? Status { get; set; }
}
