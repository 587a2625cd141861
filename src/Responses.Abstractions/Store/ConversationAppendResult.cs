namespace Responses;

/// <summary>The outcome of <see cref="IConversationStore.AddConversationItemsAsync"/>.</summary>
public enum ConversationAppendResult
{
    /// <summary>The items were appended.</summary>
    Added,

    /// <summary>There is no such conversation (or it is another owner's); nothing was written.</summary>
    NotFound,

    /// <summary>The conversation's items changed since the expected version was read; nothing was written.</summary>
    VersionConflict,
}
