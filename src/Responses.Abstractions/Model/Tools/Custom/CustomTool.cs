namespace Responses;

/// <summary>A custom tool whose input is free-form text, optionally constrained by a grammar.</summary>
public sealed class CustomTool : ResponseTool
{
    /// <summary>Initializes the tool (<c>custom</c>).</summary>
    public CustomTool()
        : base(ResponseToolTypes.Custom)
    {
    }

    /// <summary>The name of the tool.</summary>
    public string? Name { get; set; }

    /// <summary>What the tool does.</summary>
    public string? Description { get; set; }

    /// <summary>The input format: unconstrained text (the default) or a grammar.</summary>
    public CustomToolFormat? Format { get; set; }

    /// <summary>Whether the tool is loaded only when tool search finds it.</summary>
    public bool? DeferLoading { get; set; }

    /// <summary>Who may call the tool: <c>direct</c> (the model) and/or <c>programmatic</c> (code run by programmatic tool calling).</summary>
    public IList<string>? AllowedCallers { get; set; }
}
