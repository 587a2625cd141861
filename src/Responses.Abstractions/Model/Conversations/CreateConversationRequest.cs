namespace Responses;

/// <summary>The body of <c>POST /v1/conversations</c>: metadata and the initial items (up to 20).</summary>
public sealed class CreateConversationRequest : WireObject
{
    /// <summary>The items the conversation starts with, or <see langword="null"/> for none.</summary>
    public IList<ResponseItem>? Items { get; set; }

    /// <summary>Up to 16 key-value pairs attached to the conversation.</summary>
    public IDictionary<string, string>? Metadata { get; set; }
}
