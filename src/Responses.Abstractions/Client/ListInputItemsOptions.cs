namespace Responses;

/// <summary>Paging options of <c>GET /v1/responses/{id}/input_items</c>.</summary>
public sealed class ListInputItemsOptions
{
    /// <summary>How many items to return, 1 to 100 (default 20).</summary>
    public int? Limit { get; set; }

    /// <summary><c>asc</c> or <c>desc</c> (default <c>desc</c>).</summary>
    public string? Order { get; set; }

    /// <summary>Return items after this item id.</summary>
    public string? After { get; set; }

    /// <summary>Extra fields to include.</summary>
    public IList<string>? Include { get; set; }
}
