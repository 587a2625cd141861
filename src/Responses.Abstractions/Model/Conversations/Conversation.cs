namespace Responses;

/// <summary>A conversation of the Conversations API (<c>/v1/conversations</c>): its id, creation time and metadata.</summary>
public sealed class Conversation : WireObject
{
    /// <summary>The conversation id (<c>conv_…</c>).</summary>
    [WireRequired]
    public string? Id { get; set; }

    /// <summary>Always <c>conversation</c>.</summary>
    [WireRequired]
    public string Object { get; set; } = "conversation";

    /// <summary>When the conversation was created, in Unix seconds.</summary>
    [WireRequired]
    public long CreatedAt { get; set; }

    /// <summary>Up to 16 key-value pairs attached to the conversation.</summary>
    [WireRequired]
    public IDictionary<string, string>? Metadata { get; set; }
}
