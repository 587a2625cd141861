using System.Text.Json;

namespace Responses;

/// <summary>A function the model may call; the application runs it and returns the output.</summary>
public sealed class FunctionTool : ResponseTool
{
    /// <summary>Initializes the tool (<c>function</c>).</summary>
    public FunctionTool()
        : base(ResponseToolTypes.Function)
    {
    }

    /// <summary>The name of the function.</summary>
    public string? Name { get; set; }

    /// <summary>What the function does; the model uses it to decide when and how to call it (written as <c>null</c> when unset: Open Responses requires the key).</summary>
    [WireRequired]
    public string? Description { get; set; }

    /// <summary>The JSON Schema of the function's arguments.</summary>
    public JsonElement? Parameters { get; set; }

    /// <summary>Whether the arguments must strictly follow <see cref="Parameters"/>.</summary>
    public bool? Strict { get; set; }

    /// <summary>The JSON Schema of the function's output (for programmatic tool calling).</summary>
    public JsonElement? OutputSchema { get; set; }

    /// <summary>Whether the tool is loaded only when tool search finds it.</summary>
    public bool? DeferLoading { get; set; }

    /// <summary>Who may call the tool: <c>direct</c> (the model) and/or <c>programmatic</c> (code run by programmatic tool calling).</summary>
    public IList<string>? AllowedCallers { get; set; }
}
