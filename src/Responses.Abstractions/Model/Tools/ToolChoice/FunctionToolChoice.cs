namespace Responses;

/// <summary>Forces a call of a specific function.</summary>
public sealed class FunctionToolChoice : ToolChoiceObject
{
    /// <summary>Initializes the choice (<c>function</c>).</summary>
    public FunctionToolChoice()
        : base(ToolChoiceObjectTypes.Function)
    {
    }

    /// <summary>The name of the function.</summary>
    public string? Name { get; set; }
}
