namespace Responses;

/// <summary>The body of <c>POST /v1/conversations/{id}/items</c>: the items to append (up to 20).</summary>
public sealed class AddConversationItemsRequest : WireObject
{
    /// <summary>The items, appended in order.</summary>
    [WireRequired]
    public IList<ResponseItem> Items { get; set; } = [];
}
