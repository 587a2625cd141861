using Microsoft.Extensions.AI;

namespace Responses.ExtensionsAI;

/// <summary>Adapters between <see cref="IResponsesClient"/> and Microsoft.Extensions.AI's <see cref="IChatClient"/>.</summary>
public static class ResponsesChatClientExtensions
{
    /// <summary>Gets an <see cref="IChatClient"/> over a Responses client (any provider or pipeline).</summary>
    /// <param name="client">The Responses client; it stays owned by the caller.</param>
    /// <param name="defaultModelId">The model to use when the chat options name none; the client's default otherwise.</param>
    /// <returns>The chat client.</returns>
    public static IChatClient AsChatClient(this IResponsesClient client, string? defaultModelId = null) =>
        new ResponsesChatClient(client, defaultModelId);

    /// <summary>Gets a Responses client (a provider) over any <see cref="IChatClient"/>; add <c>.UseResponseStore()</c> for stored responses and <c>previous_response_id</c>.</summary>
    /// <param name="client">The chat client; it stays owned by the caller.</param>
    /// <param name="providerName">The provider name reported in metadata and errors; the chat client's own when <see langword="null"/>.</param>
    /// <returns>The Responses client.</returns>
    public static IResponsesClient AsResponsesClient(this IChatClient client, string? providerName = null) =>
        new ChatClientResponsesClient(client, providerName);
}
