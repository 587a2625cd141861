namespace Responses;

/// <summary>A reference to an existing item by its ID (input only). On the wire its <c>"type"</c> may be absent or <c>null</c>.</summary>
public sealed class ItemReferenceItem : ResponseItem
{
    /// <summary>Initializes an empty item reference.</summary>
    public ItemReferenceItem()
        : base(ResponseItemTypes.ItemReference)
    {
    }

    /// <summary>Initializes a reference to an item.</summary>
    /// <param name="id">The ID of the item to reference.</param>
    public ItemReferenceItem(string id)
        : this() => Id = id;
}
