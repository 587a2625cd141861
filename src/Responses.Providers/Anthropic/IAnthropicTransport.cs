using Responses.Providers.Anthropic.Wire;
using Responses.Providers.Http;

namespace Responses.Providers.Anthropic;

/// <summary>
/// Where and how a Messages request is sent: Anthropic's own API (<see cref="AnthropicDirectTransport"/>) or a
/// platform that hosts Claude (Vertex AI's <c>rawPredict</c>), which differ in URL, authentication, a few body
/// fields and error bodies; the translation itself is shared.
/// </summary>
internal interface IAnthropicTransport
{
    /// <summary>The base URL reported in metadata, or <see langword="null"/> for the options' endpoint.</summary>
    Uri? BaseUri { get; }

    /// <summary>The URL of a (streaming) request for a model.</summary>
    Uri MessagesUri(string model, bool streaming);

    /// <summary>Adds authentication and version headers and adjusts the body (called once per request, before it is serialized).</summary>
    ValueTask PrepareAsync(HttpRequestMessage message, AnthropicMessagesRequest body, CancellationToken cancellationToken);

    /// <summary>Maps an error response.</summary>
    ResponsesException MapError(ProviderErrorContext context);
}
