namespace Responses;

/// <summary>The output of a tool search: the tool definitions it loaded.</summary>
public sealed class ToolSearchOutputItem : ResponseItem
{
    /// <summary>Initializes an empty tool search output.</summary>
    public ToolSearchOutputItem()
        : base(ResponseItemTypes.ToolSearchOutput)
    {
    }

    /// <summary>The ID of the tool search call this output answers (<c>null</c> for server-side searches).</summary>
    [WireRequired]
    public string? CallId { get; set; }

    /// <summary>Whether tool search was executed by the server or by the client.</summary>
    public ToolSearchExecution? Execution { get; set; }

    /// <summary>The loaded tool definitions.</summary>
    public IList<ResponseTool> Tools { get; set; } = [];

    /// <summary>The status of the item.</summary>
    public ItemStatus? Status { get; set; }

    /// <summary>The identifier of the actor that created the item.</summary>
    public string? CreatedBy { get; set; }
}
