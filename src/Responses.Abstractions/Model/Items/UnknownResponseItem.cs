namespace Responses;

/// <summary>
/// An item whose <c>"type"</c> this library does not know. Every property other than <c>type</c>,
/// <c>id</c> and <c>agent</c> is kept in <see cref="WireObject.AdditionalProperties"/> and written back unchanged.
/// </summary>
public sealed class UnknownResponseItem : ResponseItem
{
    /// <summary>Initializes an empty unknown item (its type is set when read).</summary>
    public UnknownResponseItem()
        : base(string.Empty)
    {
    }
}
