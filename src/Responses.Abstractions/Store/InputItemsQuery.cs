namespace Responses;

/// <summary>Which input items to list: the page size, the order and the item to start after.</summary>
public sealed record InputItemsQuery
{
    /// <summary>How many items, 1 to 100.</summary>
    public int Limit { get; init; } = 20;

    /// <summary>Whether the newest item comes first (the API's default order, <c>desc</c>).</summary>
    public bool Descending { get; init; } = true;

    /// <summary>List items after this item id (in <see cref="Descending"/> order); <see langword="null"/> to start at the first.</summary>
    public string? After { get; init; }

    /// <summary>Makes a query from the API's options, validating them as OpenAI does.</summary>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <returns>The query.</returns>
    /// <exception cref="ResponsesException">A limit outside 1 to 100, or an order other than <c>asc</c>/<c>desc</c> (400).</exception>
    public static InputItemsQuery From(ListInputItemsOptions? options)
    {
        int limit = options?.Limit ?? 20;
        if (limit is < 1 or > 100)
        {
            throw new ResponsesException("limit must be between 1 and 100.", 400, new ApiError { Message = "limit must be between 1 and 100.", Type = ResponsesErrorTypes.InvalidRequest, Param = "limit" });
        }

        string order = options?.Order ?? "desc";
        if (order is not ("asc" or "desc"))
        {
            throw new ResponsesException("order must be 'asc' or 'desc'.", 400, new ApiError { Message = "order must be 'asc' or 'desc'.", Type = ResponsesErrorTypes.InvalidRequest, Param = "order" });
        }

        return new InputItemsQuery { Limit = limit, Descending = order == "desc", After = options?.After };
    }
}
