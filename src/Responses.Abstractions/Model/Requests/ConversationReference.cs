using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// The <c>conversation</c> a response belongs to: a conversation id string or an object
/// <c>{"id":…}</c> (<see cref="ResponseConversation"/>). The form read from the wire is the form
/// written back.
/// </summary>
[JsonConverter(typeof(ConversationReferenceConverter))]
public sealed class ConversationReference
{
    /// <summary>Initializes the string form.</summary>
    /// <param name="conversationId">The id of the conversation.</param>
    public ConversationReference(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ConversationId = conversationId;
    }

    /// <summary>Initializes the object form.</summary>
    /// <param name="conversation">The conversation object.</param>
    public ConversationReference(ResponseConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        Conversation = conversation;
    }

    /// <summary>The id, when given as a string; otherwise <see langword="null"/>.</summary>
    public string? ConversationId { get; }

    /// <summary>The conversation, when given as an object; otherwise <see langword="null"/>.</summary>
    public ResponseConversation? Conversation { get; }

    /// <summary>The id of the conversation, whichever the form.</summary>
    public string? Id => ConversationId ?? Conversation?.Id;

    /// <summary>Converts a conversation id (string form).</summary>
    /// <param name="conversationId">The id.</param>
    public static implicit operator ConversationReference(string conversationId) => new(conversationId);

    /// <summary>Converts a conversation object.</summary>
    /// <param name="conversation">The object.</param>
    public static implicit operator ConversationReference(ResponseConversation conversation) => new(conversation);

    /// <summary>Creates the string form: <c>"conv_…"</c>.</summary>
    /// <param name="conversationId">The id.</param>
    /// <returns>The reference.</returns>
    public static ConversationReference FromId(string conversationId) => new(conversationId);

    /// <summary>Creates the object form: <c>{"id":"conv_…"}</c>.</summary>
    /// <param name="conversationId">The id.</param>
    /// <returns>The reference.</returns>
    public static ConversationReference FromObject(string conversationId) => new(new ResponseConversation { Id = conversationId });

    /// <inheritdoc />
    public override string? ToString() => Id;
}
