using System.Text.Json;
using Responses.Providers.Anthropic.Wire;
using Responses.Providers.Http;
using Responses.Providers.Streaming;

namespace Responses.Providers.Anthropic;

/// <summary>
/// The HTTP side of <see cref="AnthropicResponsesClient"/>: where a Messages body goes, how it is authenticated,
/// how a streamed answer is read and how HTTP errors are mapped. The translation (request mapper, event mapper,
/// stream lifecycle) stays in the client, so hosts of Claude such as Bedrock plug in a transport instead of copying it.
/// </summary>
internal abstract class AnthropicTransport
{
    /// <summary>The base address reported in the client's metadata.</summary>
    public abstract Uri BaseAddress { get; }

    /// <summary>Builds the (authenticated) HTTP request for a mapped body.</summary>
    public abstract ValueTask<HttpRequestMessage> CreateRequestAsync(AnthropicMappedRequest mapped, bool stream, CancellationToken cancellationToken);

    /// <summary>
    /// Builds the (authenticated) <c>count_tokens</c> request for a mapped body; only called when <see cref="CanCountTokens"/>
    /// (hosts of Claude without a counting API leave both alone, and the client then offers no <see cref="IInputTokenCounter"/>).
    /// </summary>
    public virtual ValueTask<HttpRequestMessage> CreateCountTokensRequestAsync(AnthropicMappedRequest mapped, CancellationToken cancellationToken) =>
        throw new NotSupportedException("This host of Claude offers no token counting API.");

    /// <summary>Whether <see cref="CreateCountTokensRequestAsync"/> is offered.</summary>
    public virtual bool CanCountTokens => false;

    /// <summary>Reads the Messages stream events of a streamed answer; a broken stream ends with a failure value.</summary>
    public abstract IAsyncEnumerable<SseRead<AnthropicStreamEvent>> ReadEventsAsync(Stream body, CancellationToken cancellationToken);

    /// <summary>Maps an HTTP error answer.</summary>
    public abstract ResponsesException MapError(ProviderErrorContext context);

    /// <summary>Reads Anthropic's SSE framing (used by hosts that pass Claude's stream through as SSE).</summary>
    protected static IAsyncEnumerable<SseRead<AnthropicStreamEvent>> ReadSseAsync(Stream body, CancellationToken cancellationToken) =>
        ProviderSseReader.ReadAsync<AnthropicStreamEvent>(body, static (_, data) => data.IsEmpty ? null : JsonSerializer.Deserialize(data, AnthropicJson.StreamEvent), cancellationToken);

    /// <summary>Adds <c>anthropic-beta</c> with the configured and the request's features, each once.</summary>
    protected static void AddBetaHeader(HttpRequestMessage message, IEnumerable<string> configured, IEnumerable<string> requested)
    {
        ArgumentNullException.ThrowIfNull(message);
        var betas = new List<string>();
        foreach (string beta in configured.Concat(requested))
        {
            if (!betas.Contains(beta, StringComparer.Ordinal))
            {
                betas.Add(beta);
            }
        }

        if (betas.Count > 0)
        {
            message.Headers.TryAddWithoutValidation("anthropic-beta", string.Join(",", betas));
        }
    }
}
