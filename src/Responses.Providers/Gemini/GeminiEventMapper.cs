using Responses.Providers.Gemini.Wire;
using Responses.Providers.Streaming;

namespace Responses.Providers.Gemini;

/// <summary>
/// Turns <c>generateContent</c> answers into <see cref="ResponseWriter"/> calls. A stream feeds it chunk by chunk
/// (<see cref="Handle"/>, then <see cref="Finish"/> when the stream ends); a body is one chunk followed by
/// <see cref="Finish"/>, so both paths build the same response.
/// </summary>
/// <remarks>
/// Text parts become one message; thought parts (<c>thought: true</c>) a reasoning item with summary text; function
/// calls whole <c>function_call</c> items (streamed arguments are assembled first). A thought signature becomes the
/// <c>encrypted_content</c> of a reasoning item: right before the call it came with, or right after the message whose
/// text it came with (Gemini streams it on a trailing empty text part). Other parts (inline images, executable code
/// and its results) are skipped.
/// </remarks>
internal sealed partial class GeminiEventMapper
{
    private readonly Func<GeminiGenerateContentResponse, Response> _createResponse;
    private readonly bool _emitEvents;
    private int _messageIndex = -1;
    private int _reasoningIndex = -1;
    private string? _pendingTextSignature;
    private GeminiUsageMetadata? _usage;
    private string? _finishReason;
    private string? _finishMessage;
    private string? _blockReason;

    public GeminiEventMapper(Func<GeminiGenerateContentResponse, Response> createResponse, bool emitEvents)
    {
        _createResponse = createResponse;
        _emitEvents = emitEvents;
    }

    /// <summary>The writer, once the first chunk has arrived.</summary>
    public ResponseWriter? Writer { get; private set; }

    /// <summary>Whether the terminal event has been written.</summary>
    public bool IsFinished => Writer?.IsFinished == true;

    /// <summary>Whether a finish reason (or a prompt block) has arrived: the answer is whole.</summary>
    public bool HasFinishReason => _finishReason is not null || _blockReason is not null;

    /// <summary>Maps one chunk (or a whole body).</summary>
    public void Handle(GeminiGenerateContentResponse chunk)
    {
        if (IsFinished)
        {
            return;
        }

        if (Writer is null)
        {
            Writer = new ResponseWriter(_createResponse(chunk), _emitEvents);
            Writer.Start();
        }

        // Usage is cumulative; Vertex sends chunks whose usage has no counts yet (only trafficType).
        if (chunk.UsageMetadata is { } usage && (usage.PromptTokenCount ?? usage.CandidatesTokenCount ?? usage.TotalTokenCount) is not null)
        {
            _usage = usage;
        }

        _blockReason ??= chunk.PromptFeedback?.BlockReason;
        if (chunk.Candidates?.FirstOrDefault(c => (c.Index ?? 0) == 0) is not { } candidate)
        {
            return;
        }

        foreach (GeminiPart part in candidate.Content?.Parts ?? [])
        {
            HandlePart(part);
        }

        if (candidate.FinishReason is { } reason)
        {
            _finishReason = reason;
            _finishMessage = candidate.FinishMessage;
        }
    }

    /// <summary>Maps a whole body and finishes the response.</summary>
    public Response MapBody(GeminiGenerateContentResponse body)
    {
        Handle(body);
        Finish();
        return Writer!.Response;
    }

    /// <summary>Closes what is open and writes the terminal event from the finish reason.</summary>
    public void Finish()
    {
        if (Writer is null || IsFinished)
        {
            return;
        }

        FinishPartialCall();
        CloseMessage();
        CloseReasoning();
        if (_usage is { } usage)
        {
            Writer.SetUsage(GeminiUsage.ToResponseUsage(usage));
        }

        switch (GeminiFinishReasons.Outcome(_finishReason, _blockReason))
        {
            case GeminiOutcome.MaxTokens:
                Writer.Incomplete("max_output_tokens");
                break;
            case GeminiOutcome.ContentFilter:
                Writer.Incomplete("content_filter");
                break;
            case GeminiOutcome.Failed:
                Writer.Fail("server_error", $"Gemini stopped with {_finishReason}{(_finishMessage is { Length: > 0 } m ? ": " + m : string.Empty)}");
                break;
            default:
                Writer.Complete();
                break;
        }
    }

    private void HandlePart(GeminiPart part)
    {
        ResponseWriter writer = Writer!;
        if (part.FunctionCall is { } call)
        {
            HandleCall(call, part.ThoughtSignature);
            return;
        }

        if (part.Text is not { } text)
        {
            // inlineData, executableCode, codeExecutionResult…: no Responses output item for them yet.
            return;
        }

        if (part.Thought == true)
        {
            CloseMessage();
            if (_reasoningIndex < 0)
            {
                _reasoningIndex = writer.BeginReasoning();
            }

            writer.AppendReasoningSummary(_reasoningIndex, text);
            if (part.ThoughtSignature is { Length: > 0 } thoughtSignature)
            {
                writer.SetEncryptedContent(_reasoningIndex, GeminiReasoningCodec.Encode(thoughtSignature, GeminiReasoningCodec.TextKind));
            }

            return;
        }

        CloseReasoning();
        if (text.Length > 0)
        {
            if (_pendingTextSignature is not null)
            {
                // More text after a signed part: the signature belongs to the text before, so that message ends here.
                CloseMessage();
            }

            if (_messageIndex < 0)
            {
                _messageIndex = writer.BeginMessage();
            }

            writer.AppendOutputText(_messageIndex, text);
        }

        if (part.ThoughtSignature is { Length: > 0 } signature)
        {
            if (_messageIndex >= 0)
            {
                _pendingTextSignature = signature;
            }
            else
            {
                WriteSignature(signature, GeminiReasoningCodec.TextKind);
            }
        }
    }

    private void WriteCall(string name, string? id, string arguments, string? signature)
    {
        ResponseWriter writer = Writer!;
        CloseMessage();
        if (signature is { Length: > 0 })
        {
            if (_reasoningIndex >= 0)
            {
                // The thoughts before the call and its signature make one reasoning item.
                writer.SetEncryptedContent(_reasoningIndex, GeminiReasoningCodec.Encode(signature, GeminiReasoningCodec.CallKind));
                CloseReasoning();
            }
            else
            {
                WriteSignature(signature, GeminiReasoningCodec.CallKind);
            }
        }

        CloseReasoning();
        int index = writer.BeginFunctionCall(id is { Length: > 0 } ? id : GeminiCallIds.New(), name);
        writer.AppendFunctionArguments(index, arguments);
        writer.EndItem(index);
    }

    private void WriteSignature(string signature, string kind)
    {
        int index = Writer!.BeginReasoning();
        Writer.SetEncryptedContent(index, GeminiReasoningCodec.Encode(signature, kind));
        Writer.EndItem(index);
    }

    private void CloseMessage()
    {
        if (_messageIndex >= 0)
        {
            Writer!.EndItem(_messageIndex);
            _messageIndex = -1;
        }

        if (_pendingTextSignature is { } signature)
        {
            _pendingTextSignature = null;
            WriteSignature(signature, GeminiReasoningCodec.TextKind);
        }
    }

    private void CloseReasoning()
    {
        if (_reasoningIndex >= 0)
        {
            Writer!.EndItem(_reasoningIndex);
            _reasoningIndex = -1;
        }
    }
}
