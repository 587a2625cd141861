namespace Responses;

/// <summary>A code interpreter tool call: the code run and its outputs.</summary>
public sealed class CodeInterpreterCallItem : ResponseItem
{
    /// <summary>Initializes an empty code interpreter call.</summary>
    public CodeInterpreterCallItem()
        : base(ResponseItemTypes.CodeInterpreterCall)
    {
    }

    /// <summary>The status: <c>in_progress</c>, <c>completed</c>, <c>incomplete</c>, <c>interpreting</c> or <c>failed</c>.</summary>
    public ItemStatus? Status { get; set; }

    /// <summary>The ID of the container used to run the code.</summary>
    public string? ContainerId { get; set; }

    /// <summary>The code to run.</summary>
    [WireRequired]
    public string? Code { get; set; }

    /// <summary>The outputs (logs or images), when requested with <c>include</c>.</summary>
    [WireRequired]
    public IList<CodeInterpreterOutput>? Outputs { get; set; }
}
