namespace Responses;

/// <summary>The body of <c>POST /v1/conversations/{id}</c>: the new metadata (it replaces the old).</summary>
public sealed class UpdateConversationRequest : WireObject
{
    /// <summary>Up to 16 key-value pairs; replaces the conversation's metadata.</summary>
    public IDictionary<string, string>? Metadata { get; set; }
}
