namespace Responses;

/// <summary>
/// Compacts a conversation (<c>POST /v1/responses/compact</c>, Open Responses 2026-04-24) with the provider's own
/// compaction API. A companion of <see cref="IResponsesClient"/>, discovered with
/// <c>GetService(typeof(IResponseCompactor))</c>; only clients whose provider offers compaction return one.
/// </summary>
public interface IResponseCompactor
{
    /// <summary>Compacts the request's input (or the chain of <c>previous_response_id</c>) into a compaction item.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The compacted items (kept input items and a <c>compaction</c> item) with the usage of the compaction.</returns>
    /// <exception cref="ResponsesException">The request was rejected or the provider failed.</exception>
    Task<CompactedResponse> CompactAsync(CompactResponseRequest request, CancellationToken cancellationToken = default);
}
