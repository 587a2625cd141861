using Responses.Providers.Anthropic.Wire;

namespace Responses.Providers.Anthropic;

/// <summary>A request mapped to the Messages API: the body and the beta features it needs.</summary>
/// <param name="Body">The body of <c>POST /v1/messages</c>.</param>
/// <param name="Betas">The <c>anthropic-beta</c> features the body uses, in the order found.</param>
internal sealed record AnthropicMappedRequest(AnthropicMessagesRequest Body, IReadOnlyList<string> Betas);
