namespace Responses;

/// <summary>A conversation, by id (<c>{"id":…}</c>).</summary>
public sealed class ResponseConversation : WireObject
{
    /// <summary>The id of the conversation.</summary>
    public string? Id { get; set; }
}
