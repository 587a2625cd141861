using Responses.Providers.Streaming;

namespace Responses.Providers.Middleware.State;

public sealed partial class ResponseStoreClient
{
    /// <summary>
    /// Checks a request's <c>conversation</c> and, when it has one, takes the conversation's in-process lock: responses
    /// on one conversation are serialized (see docs/conversations.md). <see langword="null"/> when there is none.
    /// </summary>
    private async Task<IAsyncDisposable?> EnterConversationAsync(CreateResponseRequest request, CancellationToken cancellationToken)
    {
        if (request.Conversation is not { } conversation)
        {
            return null;
        }

        ValidateConversation(request);
        return await _conversationLocks.AcquireAsync(Owner, conversation.Id!, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rejects what cannot go with <c>conversation</c> (400), before anything is sent or stored.</summary>
    private void ValidateConversation(CreateResponseRequest request)
    {
        if (request.Conversation is not { } conversation)
        {
            return;
        }

        if (string.IsNullOrEmpty(conversation.Id))
        {
            throw StateErrors.BadRequest("'conversation' needs an id.", "conversation");
        }

        if (request.PreviousResponseId is not null)
        {
            throw StateErrors.BadRequest("Mutually exclusive parameters: Ensure you are only providing one of: 'previous_response_id' or 'conversation'.", null);
        }

        if (request.Background == true)
        {
            throw StateErrors.BadRequest("background=true together with 'conversation' is not supported by this server yet; send the request without background.", "background");
        }

        if (_conversations is null)
        {
            throw StateErrors.BadRequest("'conversation' needs a conversation store: the response store in the pipeline is not an IConversationStore and none is set in the options.", "conversation");
        }
    }

    /// <summary>The conversation's items and version, for <see cref="PrepareAsync"/>.</summary>
    private async Task<ConversationSnapshot?> LoadConversationAsync(string owner, CreateResponseRequest request, CancellationToken cancellationToken)
    {
        if (request.Conversation?.Id is not { } conversationId || _conversations is null)
        {
            return null;
        }

        return await _conversations.ReadConversationAsync(owner, conversationId, cancellationToken).ConfigureAwait(false)
            ?? throw StateErrors.ConversationNotFound(conversationId, "conversation");
    }

    /// <summary>
    /// Appends the request's input items and the response's output items to its conversation in one write, when the
    /// response finished well (completed, or incomplete without an error). The write is checked against the version the
    /// items were read at, so a change made meanwhile (by another process, or through the items API) is a 409, not a
    /// silently interleaved history.
    /// </summary>
    private async Task AppendToConversationAsync(PreparedRequest prepared, Response response, CancellationToken cancellationToken)
    {
        if (prepared.ConversationId is not { } conversationId || _conversations is null || !AddsToConversation(response))
        {
            return;
        }

        var items = new List<StoredInputItem>(prepared.InputItems.Count + response.Output.Count);
        items.AddRange(prepared.InputItems);
        foreach (ResponseItem output in response.Output)
        {
            items.Add(new StoredInputItem(output.Id ?? ResponseIds.New("item"), output));
        }

        ConversationAppendResult result = await _conversations.AddConversationItemsAsync(prepared.Owner, conversationId, items, prepared.ConversationVersion, cancellationToken).ConfigureAwait(false);
        switch (result)
        {
            case ConversationAppendResult.NotFound:
                throw StateErrors.ConversationNotFound(conversationId, "conversation");
            case ConversationAppendResult.VersionConflict:
                throw StateErrors.ConversationConflict(conversationId);
        }
    }

    private static bool AddsToConversation(Response response) =>
        response.Error is null && (response.Status == ResponseStatus.Completed || response.Status == ResponseStatus.Incomplete);
}
