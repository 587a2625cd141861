namespace Responses;

/// <summary>A page of items, as returned by <c>GET /v1/responses/{id}/input_items</c>.</summary>
public sealed class ResponseItemList : WireObject
{
    /// <summary>Always <c>list</c>.</summary>
    [WireRequired]
    public string Object { get; set; } = "list";

    /// <summary>The items of this page.</summary>
    [WireRequired]
    public IList<ResponseItem> Data { get; set; } = [];

    /// <summary>The id of the first item of this page.</summary>
    [WireRequired]
    public string? FirstId { get; set; }

    /// <summary>The id of the last item of this page.</summary>
    [WireRequired]
    public string? LastId { get; set; }

    /// <summary>Whether more items follow.</summary>
    public bool HasMore { get; set; }
}
