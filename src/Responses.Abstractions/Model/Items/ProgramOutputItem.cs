namespace Responses;

/// <summary>The result of a program run by programmatic tool calling.</summary>
public sealed class ProgramOutputItem : ResponseItem
{
    /// <summary>Initializes an empty program output item.</summary>
    public ProgramOutputItem()
        : base(ResponseItemTypes.ProgramOutput)
    {
    }

    /// <summary>The call ID of the program item.</summary>
    public string? CallId { get; set; }

    /// <summary>The result produced by the program item.</summary>
    public string? Result { get; set; }

    /// <summary>The terminal status of the program output (<c>completed</c> or <c>incomplete</c>).</summary>
    public ItemStatus? Status { get; set; }
}
