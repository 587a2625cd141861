namespace Responses;

/// <summary>A refusal from the model.</summary>
public sealed class RefusalPart : ContentPart
{
    /// <summary>Initializes an empty refusal part.</summary>
    public RefusalPart()
        : base(ContentPartTypes.Refusal)
    {
    }

    /// <summary>Initializes a refusal part.</summary>
    /// <param name="refusal">The refusal explanation.</param>
    public RefusalPart(string refusal)
        : this() => Refusal = refusal;

    /// <summary>The refusal explanation.</summary>
    public string? Refusal { get; set; }
}
