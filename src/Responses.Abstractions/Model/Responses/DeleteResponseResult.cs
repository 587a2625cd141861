namespace Responses;

/// <summary>The result of <c>DELETE /v1/responses/{id}</c>.</summary>
public sealed class DeleteResponseResult : WireObject
{
    /// <summary>The id of the deleted response.</summary>
    [WireRequired]
    public string? Id { get; set; }

    /// <summary>The object type OpenAI returns for a deleted response: <c>response</c>.</summary>
    [WireRequired]
    public string Object { get; set; } = "response";

    /// <summary>Whether the response was deleted.</summary>
    public bool Deleted { get; set; }
}
