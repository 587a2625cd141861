namespace Responses;

/// <summary>A conversation as kept by an <see cref="IConversationStore"/>.</summary>
public sealed class StoredConversation
{
    /// <summary>The conversation id (<c>conv_…</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The owner (see <see cref="ResponsesCallContext.Owner"/>); other owners cannot see the conversation.</summary>
    public required string Owner { get; init; }

    /// <summary>When the conversation was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The conversation's metadata.</summary>
    public IDictionary<string, string>? Metadata { get; init; }

    /// <summary>Incremented by every change to the conversation's items; checked by optimistic appends.</summary>
    public long Version { get; init; }

    /// <summary>The conversation as the wire object of <c>/v1/conversations</c>.</summary>
    /// <returns>The conversation.</returns>
    public Conversation ToConversation() => new()
    {
        Id = Id,
        CreatedAt = CreatedAt.ToUnixTimeSeconds(),
        Metadata = Metadata is null ? new Dictionary<string, string>() : new Dictionary<string, string>(Metadata, StringComparer.Ordinal),
    };
}
