namespace Responses;

/// <summary>An input item as stored: the id it is listed and paged by, and the item exactly as it was sent.</summary>
/// <param name="Id">The item's id, or one given by the store when the caller sent none.</param>
/// <param name="Item">The item as sent (without an id the caller did not give, so it is replayed unchanged).</param>
public sealed record StoredInputItem(string Id, ResponseItem Item);
