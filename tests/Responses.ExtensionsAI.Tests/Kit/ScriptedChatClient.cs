using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Responses.ExtensionsAI.Tests.Kit;

/// <summary>
/// An <see cref="IChatClient"/> that answers with scripted responses (streamed as one update per content, plus a
/// final update with the finish reason and usage) and records every call's messages and options.
/// </summary>
internal sealed class ScriptedChatClient : IChatClient
{
    private readonly Queue<ChatResponse> _answers = new();

    public List<(List<ChatMessage> Messages, ChatOptions? Options)> Calls { get; } = [];

    /// <summary>When set, streaming throws this after yielding this many updates.</summary>
    public (int AfterUpdates, Exception Error)? FailStream { get; set; }

    public ScriptedChatClient Then(ChatResponse answer)
    {
        _answers.Enqueue(answer);
        return this;
    }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls.Add(([.. messages], options));
        return Task.FromResult(_answers.Dequeue());
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Calls.Add(([.. messages], options));
        int yielded = 0;
        if (FailStream is { AfterUpdates: 0 } early)
        {
            throw early.Error;
        }

        ChatResponse answer = _answers.Dequeue();
        foreach (ChatMessage message in answer.Messages)
        {
            foreach (AIContent content in message.Contents)
            {
                await Task.Yield();
                yield return new ChatResponseUpdate(message.Role, [content]) { MessageId = message.MessageId, ModelId = answer.ModelId };
                if (FailStream is { } failure && ++yielded == failure.AfterUpdates)
                {
                    throw failure.Error;
                }
            }
        }

        var last = new ChatResponseUpdate { FinishReason = answer.FinishReason, ModelId = answer.ModelId };
        if (answer.Usage is { } usage)
        {
            last.Contents.Add(new UsageContent(usage));
        }

        yield return last;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("scripted", new Uri("http://scripted.invalid/"), "scripted-model")
        : serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }
}
