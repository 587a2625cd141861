using Microsoft.Extensions.AI;

namespace Responses.ExtensionsAI;

/// <summary>
/// An <see cref="IChatClient"/> over any <see cref="IResponsesClient"/> (every provider, with or without
/// middleware), mapping messages, options, responses and stream updates the way Microsoft.Extensions.AI.OpenAI's
/// Responses chat client does, so that code moves between the two unchanged.
/// </summary>
/// <remarks>
/// <see cref="ChatOptions.RawRepresentationFactory"/> may return a <see cref="CreateResponseRequest"/> to start
/// from (it is cloned, never changed). <see cref="ChatOptions.ConversationId"/> is sent as
/// <c>previous_response_id</c>, or as <c>conversation</c> for a <c>conv_…</c> id; a response's
/// <see cref="ChatResponse.ConversationId"/> is its id when the response was stored.
/// </remarks>
public sealed class ResponsesChatClient : IChatClient
{
    private readonly IResponsesClient _client;
    private readonly ChatClientMetadata _metadata;
    private readonly string? _defaultModelId;
    private readonly bool _ownsClient;
    private readonly bool _pipelineStores;

    /// <summary>Initializes a chat client over <paramref name="client"/>.</summary>
    /// <param name="client">The Responses client (provider or pipeline). Not disposed by this client.</param>
    /// <param name="defaultModelId">The model when neither the options nor a raw request name one; the client's own default otherwise.</param>
    public ResponsesChatClient(IResponsesClient client, string? defaultModelId = null)
        : this(client, defaultModelId, ownsClient: false)
    {
    }

    internal ResponsesChatClient(IResponsesClient client, string? defaultModelId, bool ownsClient)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _ownsClient = ownsClient;
        _pipelineStores = client.GetService<IResponseStore>() is not null;
        ResponsesClientMetadata? metadata = client.GetService<ResponsesClientMetadata>();
        _defaultModelId = defaultModelId;
        _metadata = new ChatClientMetadata(metadata?.ProviderName, metadata?.ProviderUri, defaultModelId ?? metadata?.DefaultModelId);
    }

    /// <summary>The Responses client this chat client calls.</summary>
    public IResponsesClient ResponsesClient => _client;

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        CreateResponseRequest request = ChatRequestMapper.ToRequest(messages, options, this, _defaultModelId);
        Response response = ContinuationOf(messages, options) is { } token
            ? await _client.GetResponseAsync(token.ResponseId, cancellationToken: cancellationToken).ConfigureAwait(false)
            : await _client.CreateResponseAsync(request, cancellationToken).ConfigureAwait(false);
        return ChatResponseMapper.ToChatResponse(response, request, _pipelineStores);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        CreateResponseRequest request = ChatRequestMapper.ToRequest(messages, options, this, _defaultModelId);
        ResponsesContinuationToken? token = ContinuationOf(messages, options);
        IAsyncEnumerable<ResponseStreamEvent> events = token is null
            ? _client.CreateResponseStreamingAsync(request, cancellationToken)
            : _client.GetResponseStreamingAsync(token.ResponseId, new GetResponseOptions { StartingAfter = token.SequenceNumber }, cancellationToken);
        return StreamingUpdateMapper.ToUpdatesAsync(events, request, _pipelineStores, token?.ResponseId, cancellationToken);
    }

    // A continuation token polls (or resumes the stream of) a background response instead of creating one.
    private static ResponsesContinuationToken? ContinuationOf(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        if (options?.ContinuationToken is not { } token)
        {
            return null;
        }

        if (messages.Any())
        {
            throw new InvalidOperationException("Messages are not allowed when continuing a background response with a continuation token.");
        }

        return ResponsesContinuationToken.From(token);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Answers <see cref="ChatClientMetadata"/>, this client, and the underlying <see cref="IResponsesClient"/>;
    /// any other service is asked of the Responses client (for example <see cref="ResponsesClientMetadata"/> or a middleware).
    /// </remarks>
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is null)
        {
            if (serviceType == typeof(ChatClientMetadata))
            {
                return _metadata;
            }

            if (serviceType.IsInstanceOfType(this))
            {
                return this;
            }

            if (serviceType.IsInstanceOfType(_client))
            {
                return _client;
            }
        }

        return _client.GetService(serviceType, serviceKey);
    }

    /// <summary>Disposes the Responses client only when this chat client created it (DI registration from settings); otherwise it belongs to its creator.</summary>
    public void Dispose()
    {
        if (_ownsClient)
        {
            _client.Dispose();
        }
    }
}
