namespace Responses;

/// <summary>
/// Counts the input tokens of a request exactly, with the provider's own counting API (Anthropic
/// <c>count_tokens</c>, Gemini <c>countTokens</c>, OpenAI <c>/responses/input_tokens</c>). A companion of
/// <see cref="IResponsesClient"/>, discovered with <c>GetService(typeof(IInputTokenCounter))</c>: clients whose
/// provider offers no counting API do not return one, so callers can tell an exact count from their own estimate.
/// </summary>
public interface IInputTokenCounter
{
    /// <summary>Counts the tokens the provider would bill as input for a request (its model, instructions, input and tools).</summary>
    /// <param name="request">The request, as it would be given to <see cref="IResponsesClient.CreateResponseAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The count, in the shape of <c>POST /v1/responses/input_tokens</c>.</returns>
    /// <exception cref="ResponsesException">The request was rejected or the provider failed.</exception>
    Task<InputTokenCountResult> CountInputTokensAsync(CreateResponseRequest request, CancellationToken cancellationToken = default);
}
