namespace Responses;

/// <summary>A page of stored input items.</summary>
/// <param name="Items">The items of the page, in the requested order.</param>
/// <param name="HasMore">Whether more items follow in that order.</param>
public sealed record InputItemsPage(IReadOnlyList<StoredInputItem> Items, bool HasMore)
{
    /// <summary>
    /// The page as the wire object of <c>GET /v1/responses/{id}/input_items</c> (and of a conversation's items): every item carries its id, and
    /// messages sent as a plain string are listed as OpenAI lists them (one text part, status <c>completed</c>).
    /// </summary>
    /// <returns>The list.</returns>
    public ResponseItemList ToItemList()
    {
        var data = new List<ResponseItem>(Items.Count);
        foreach (StoredInputItem stored in Items)
        {
            data.Add(stored.ToListedItem());
        }

        return new ResponseItemList
        {
            Data = data,
            FirstId = Items.Count > 0 ? Items[0].Id : null,
            LastId = Items.Count > 0 ? Items[^1].Id : null,
            HasMore = HasMore,
        };
    }
}
