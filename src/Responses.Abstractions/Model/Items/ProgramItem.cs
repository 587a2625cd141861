namespace Responses;

/// <summary>A program run by programmatic tool calling.</summary>
public sealed class ProgramItem : ResponseItem
{
    /// <summary>Initializes an empty program item.</summary>
    public ProgramItem()
        : base(ResponseItemTypes.Program)
    {
    }

    /// <summary>The stable call ID of the program item.</summary>
    public string? CallId { get; set; }

    /// <summary>The JavaScript source executed by programmatic tool calling.</summary>
    public string? Code { get; set; }

    /// <summary>Opaque program replay fingerprint that must be round-tripped.</summary>
    public string? Fingerprint { get; set; }
}
