namespace Responses;

/// <summary>The output of a shell call: stdout, stderr and outcome per command.</summary>
public sealed class ShellCallOutputItem : ResponseItem
{
    /// <summary>Initializes an empty shell call output.</summary>
    public ShellCallOutputItem()
        : base(ResponseItemTypes.ShellCallOutput)
    {
    }

    /// <summary>The ID of the shell call this output answers.</summary>
    public string? CallId { get; set; }

    /// <summary>The execution context that produced this tool call (<c>direct</c> or a <c>program</c>).</summary>
    public ToolCallCaller? Caller { get; set; }

    /// <summary>The output of each command.</summary>
    public IList<ShellCallOutputContent> Output { get; set; } = [];

    /// <summary>The status of the item.</summary>
    public ItemStatus? Status { get; set; }

    /// <summary>The maximum output length that was applied, if any.</summary>
    [WireRequired]
    public int? MaxOutputLength { get; set; }

    /// <summary>The identifier of the actor that created the item.</summary>
    public string? CreatedBy { get; set; }
}
