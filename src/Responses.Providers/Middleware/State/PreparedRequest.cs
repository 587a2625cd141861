namespace Responses.Providers.Middleware.State;

/// <summary>A request made self-contained for the provider, with what the store keeps of it.</summary>
internal sealed record PreparedRequest(
    string Owner,
    bool Store,
    CreateResponseRequest ProviderRequest,
    CreateResponseRequest Settings,
    IList<StoredInputItem> InputItems,
    string? PreviousResponseId,
    string? ConversationId = null,
    long ConversationVersion = 0)
{
    public StoredResponse ToRecord(Response response, DateTimeOffset now, TimeSpan? timeToLive) => new()
    {
        Id = response.Id!,
        Owner = Owner,
        Response = response,
        InputItems = InputItems,
        Request = Settings,
        PreviousResponseId = PreviousResponseId,
        CreatedAt = now,
        ExpiresAt = now + timeToLive,
    };
}
