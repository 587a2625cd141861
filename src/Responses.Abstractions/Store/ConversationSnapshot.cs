namespace Responses;

/// <summary>A conversation and all of its items, in order, read from one consistent state.</summary>
/// <param name="Conversation">The conversation (with the <see cref="StoredConversation.Version"/> the items belong to).</param>
/// <param name="Items">The items, oldest first.</param>
public sealed record ConversationSnapshot(StoredConversation Conversation, IReadOnlyList<StoredInputItem> Items);
