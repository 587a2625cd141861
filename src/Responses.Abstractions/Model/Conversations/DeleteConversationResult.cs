namespace Responses;

/// <summary>The result of <c>DELETE /v1/conversations/{id}</c>.</summary>
public sealed class DeleteConversationResult : WireObject
{
    /// <summary>The id of the deleted conversation.</summary>
    [WireRequired]
    public string? Id { get; set; }

    /// <summary>Always <c>conversation.deleted</c>.</summary>
    [WireRequired]
    public string Object { get; set; } = "conversation.deleted";

    /// <summary>Whether the conversation was deleted.</summary>
    public bool Deleted { get; set; }
}
