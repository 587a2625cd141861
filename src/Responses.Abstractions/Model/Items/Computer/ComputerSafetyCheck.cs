namespace Responses;

/// <summary>A safety check of a computer call (pending, or acknowledged by the developer).</summary>
public sealed class ComputerSafetyCheck : WireObject
{
    /// <summary>The ID of the safety check.</summary>
    public string? Id { get; set; }

    /// <summary>The type of the safety check.</summary>
    public string? Code { get; set; }

    /// <summary>Details about the safety check.</summary>
    public string? Message { get; set; }
}
