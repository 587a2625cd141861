namespace Responses;

/// <summary>Groups function and custom tools under one name.</summary>
public sealed class NamespaceTool : ResponseTool
{
    /// <summary>Initializes the tool (<c>namespace</c>).</summary>
    public NamespaceTool()
        : base(ResponseToolTypes.Namespace)
    {
    }

    /// <summary>The name of the namespace.</summary>
    public string? Name { get; set; }

    /// <summary>What the tools of the namespace are for.</summary>
    public string? Description { get; set; }

    /// <summary>The function and custom tools of the namespace.</summary>
    public IList<ResponseTool> Tools { get; set; } = [];
}
