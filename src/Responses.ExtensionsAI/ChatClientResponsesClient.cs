using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Responses.Providers;
using Responses.Providers.Streaming;

namespace Responses.ExtensionsAI;

/// <summary>
/// A Responses provider over any <see cref="IChatClient"/> (Ollama through M.E.AI, Azure AI Inference, a custom
/// client…): requests become chat messages and options, and the answer is written through the shared
/// <see cref="ResponseWriter"/>, so responses and event streams are spec-exact. Stateless like every
/// translating provider: put <c>.UseResponseStore()</c> above it for stored responses and <c>previous_response_id</c>.
/// </summary>
public sealed class ChatClientResponsesClient : StatelessResponsesClient
{
    private readonly IChatClient _chatClient;
    private readonly ResponsesClientMetadata _metadata;
    private readonly string _providerName;

    /// <summary>Initializes a Responses client over <paramref name="chatClient"/>.</summary>
    /// <param name="chatClient">The chat client; it stays owned by the caller.</param>
    /// <param name="providerName">The provider name reported in metadata and errors; the chat client's own when <see langword="null"/>.</param>
    public ChatClientResponsesClient(IChatClient chatClient, string? providerName = null)
    {
        ArgumentNullException.ThrowIfNull(chatClient);
        _chatClient = chatClient;
        ChatClientMetadata? metadata = chatClient.GetService<ChatClientMetadata>();
        _providerName = providerName ?? metadata?.ProviderName ?? "chat-client";
        _metadata = new ResponsesClientMetadata(_providerName, metadata?.ProviderUri, metadata?.DefaultModelId);
    }

    /// <inheritdoc />
    protected override string ProviderDisplayName => "chat client";

    /// <inheritdoc />
    protected override string ProviderName => _providerName;

    /// <summary>The chat client this provider calls; it is not disposed with this client (it belongs to whoever created it).</summary>
    public IChatClient ChatClient => _chatClient;

    /// <inheritdoc />
    public override async Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        (List<ChatMessage> messages, ChatOptions options) = Prepare(request);
        ChatResponse chat;
        try
        {
            chat = await _chatClient.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not ResponsesException and not OperationCanceledException)
        {
            throw Upstream(ex);
        }

        var output = new ChatOutputWriter(new ResponseWriter(Shell(request, chat.ModelId), emitEvents: false));
        output.Write(chat);
        output.Finish();
        return output.Writer.Response;
    }

    /// <inheritdoc />
    public override IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        (List<ChatMessage> messages, ChatOptions options) = Prepare(request);
        return StreamAsync(request, messages, options, cancellationToken);
    }

    private async IAsyncEnumerable<ResponseStreamEvent> StreamAsync(CreateResponseRequest request, List<ChatMessage> messages, ChatOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ChatOutputWriter? output = null;
        await using IAsyncEnumerator<ChatResponseUpdate> updates = _chatClient.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            IReadOnlyList<ResponseStreamEvent> events;
            bool more;
            try
            {
                more = await updates.MoveNextAsync().ConfigureAwait(false);
                if (more)
                {
                    output ??= new ChatOutputWriter(new ResponseWriter(Shell(request, updates.Current.ModelId)));
                    output.Writer.Start();
                    output.Write(updates.Current);
                }
                else
                {
                    output ??= new ChatOutputWriter(new ResponseWriter(Shell(request, null)));
                    output.Finish();
                }

                events = output.Writer.TakeEvents();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Nothing after the first byte: before any event the error is thrown (retry and fallback can act),
                // after it the stream ends with response.failed.
                if (output is not { Writer.HasWrittenEvents: true })
                {
                    throw ex as ResponsesException ?? Upstream(ex);
                }

                if (!output.Writer.IsFinished)
                {
                    output.Writer.Fail("server_error", $"{_providerName}: the chat client failed: {ex.Message}");
                }

                events = output.Writer.TakeEvents();
                more = false;
            }

            foreach (ResponseStreamEvent e in events)
            {
                yield return e;
            }

            if (!more)
            {
                yield break;
            }
        }
    }

    /// <inheritdoc />
    /// <remarks>Answers <see cref="ResponsesClientMetadata"/>, this client and the chat client; anything else is asked of the chat client.</remarks>
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is null)
        {
            if (serviceType == typeof(ResponsesClientMetadata))
            {
                return _metadata;
            }

            if (serviceType.IsInstanceOfType(this))
            {
                return this;
            }
        }

        return _chatClient.GetService(serviceType, serviceKey);
    }

    private (List<ChatMessage> Messages, ChatOptions Options) Prepare(CreateResponseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Silently dropping these would lose context: they need a store middleware above this provider.
        if (request.PreviousResponseId is not null)
        {
            throw Invalid($"The {_providerName} chat client provider is stateless: 'previous_response_id' needs a response store in the pipeline (.UseResponseStore()); send the whole conversation in 'input' instead.", "previous_response_id");
        }

        if (request.Conversation is not null)
        {
            throw Invalid($"The {_providerName} chat client provider is stateless: 'conversation' needs a conversation store in the pipeline.", "conversation");
        }

        if (request.Background == true)
        {
            throw Invalid($"The {_providerName} chat client provider cannot run responses in the background without a response store.", "background");
        }

        return (ResponsesToChatMapper.ToMessages(request), ResponsesToChatMapper.ToOptions(request));
    }

    private static Response Shell(CreateResponseRequest request, string? model) =>
        ResponseEcho.FromRequest(request, model ?? request.Model);

    private ResponsesException Upstream(Exception ex) =>
        new($"{_providerName}: the chat client failed: {ex.Message}", 502, new ApiError { Message = ex.Message, Type = ResponsesErrorTypes.Server, Code = "upstream_error" }, ex)
        {
            ProviderName = _providerName,
            IsRetriable = ex is HttpRequestException or TimeoutException,
        };

    private ResponsesException Invalid(string message, string param) =>
        new(message, 400, new ApiError { Message = message, Type = ResponsesErrorTypes.InvalidRequest, Param = param, Code = "unsupported_parameter" })
        {
            ProviderName = _providerName,
            IsRetriable = false,
        };
}
