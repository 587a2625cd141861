namespace Responses;

/// <summary>A response as kept by an <see cref="IResponseStore"/>: the response, the input that made it, the settings and who owns it.</summary>
public sealed class StoredResponse
{
    /// <summary>The response id (<c>resp_…</c>), equal to <see cref="Response"/>'s id.</summary>
    public required string Id { get; init; }

    /// <summary>The owner (see <see cref="ResponsesCallContext.Owner"/>); other owners cannot see the response.</summary>
    public required string Owner { get; init; }

    /// <summary>The response in its latest state (queued, in progress, or final).</summary>
    public required Response Response { get; set; }

    /// <summary>The input items of this request only (not those of earlier turns), in order, each with a stable id.</summary>
    public IList<StoredInputItem> InputItems { get; init; } = [];

    /// <summary>The request's settings (model, instructions, tools, <c>previous_response_id</c>…) without its input.</summary>
    public CreateResponseRequest? Request { get; init; }

    /// <summary>The id of the response this one continues (the chain is followed through it).</summary>
    public string? PreviousResponseId { get; init; }

    /// <summary>When the response was stored.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the response may be deleted by retention cleanup; <see langword="null"/> for never.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}
