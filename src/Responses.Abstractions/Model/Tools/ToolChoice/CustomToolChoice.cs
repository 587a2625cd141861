namespace Responses;

/// <summary>Forces a call of a specific custom tool.</summary>
public sealed class CustomToolChoice : ToolChoiceObject
{
    /// <summary>Initializes the choice (<c>custom</c>).</summary>
    public CustomToolChoice()
        : base(ToolChoiceObjectTypes.Custom)
    {
    }

    /// <summary>The name of the custom tool.</summary>
    public string? Name { get; set; }
}
