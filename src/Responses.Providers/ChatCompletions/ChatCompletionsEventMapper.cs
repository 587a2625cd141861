using System.Text.Json;
using Responses.Providers.ChatCompletions.Wire;
using Responses.Providers.Streaming;

namespace Responses.Providers.ChatCompletions;

/// <summary>
/// Turns a chat completion into <see cref="ResponseWriter"/> calls. Streams feed it chunk by chunk
/// (<see cref="Handle"/>); a body goes through <see cref="MapCompletion"/>, which feeds its message as one delta, so
/// both paths make the same calls and build the same response.
/// </summary>
/// <remarks>
/// Only choice 0 is read (a response has one answer; <c>n</c> is never sent). Output order follows arrival: reasoning,
/// then text and refusal in one message, then function calls; a kind that arrives after another closes it.
/// </remarks>
internal sealed class ChatCompletionsEventMapper
{
    private readonly Func<ChatCompletion, Response> _createResponse;
    private readonly bool _emitEvents;
    private readonly SortedDictionary<int, ChatToolCallState> _calls = [];
    private int _reasoningIndex = -1;
    private int _messageIndex = -1;
    private bool _textPartOpen;
    private string? _finishReason;
    private ChatUsage? _usage;

    /// <summary>Initializes a mapper.</summary>
    /// <param name="createResponse">Makes the response shell (id, model, echoed request fields) from the first chunk or the body.</param>
    /// <param name="emitEvents">Whether the writer produces events (streaming).</param>
    public ChatCompletionsEventMapper(Func<ChatCompletion, Response> createResponse, bool emitEvents)
    {
        _createResponse = createResponse;
        _emitEvents = emitEvents;
    }

    /// <summary>The writer, once the first chunk with content has arrived.</summary>
    public ResponseWriter? Writer { get; private set; }

    /// <summary>Whether the terminal event has been written.</summary>
    public bool IsFinished => Writer?.IsFinished == true;

    /// <summary>Whether a finish reason has arrived (the answer is whole even if <c>[DONE]</c> is missing).</summary>
    public bool HasFinishReason => _finishReason is not null;

    /// <summary>Maps one chunk (chunks with an <c>error</c> are the caller's: they need the transport context).</summary>
    public void Handle(ChatCompletion chunk)
    {
        if (IsFinished)
        {
            return;
        }

        ChatChoice? choice = chunk.Choices?.FirstOrDefault(c => c.Index == 0);
        if (Writer is null && choice is null && chunk.Usage is null)
        {
            // Azure's prompt_filter_results chunk (empty id, no choices) and similar preambles carry nothing to map.
            return;
        }

        Start(chunk);
        if (choice?.Delta is { } delta)
        {
            ApplyDelta(delta, choice.Logprobs);
        }

        _finishReason = choice?.FinishReason ?? _finishReason;
        _usage = chunk.Usage ?? GroqUsage(chunk) ?? _usage;
    }

    /// <summary>Maps a whole (non-streaming) completion and finishes the response.</summary>
    public Response MapCompletion(ChatCompletion completion)
    {
        Start(completion);
        ChatChoice? choice = completion.Choices?.FirstOrDefault(c => c.Index == 0) ?? completion.Choices?.FirstOrDefault();
        if (choice?.Message is { } message)
        {
            ApplyDelta(message, choice.Logprobs);
        }

        _finishReason = choice?.FinishReason ?? "stop";
        _usage = completion.Usage;
        Finish();
        return Writer!.Response;
    }

    /// <summary>Finishes the response from the finish reason: completed, or incomplete for <c>length</c> and <c>content_filter</c>.</summary>
    public void Finish()
    {
        ResponseWriter writer = Writer!;
        if (writer.IsFinished)
        {
            return;
        }

        // A cut answer leaves its open items incomplete (the writer closes them so when it ends the response).
        if (_finishReason is not ("length" or "content_filter"))
        {
            CloseReasoning();
            CloseMessage();
            CloseCalls();
        }
        else
        {
            BeginPendingCalls();
        }

        if (_usage is not null)
        {
            writer.SetUsage(ToResponseUsage(_usage));
        }

        switch (_finishReason)
        {
            case "length":
                writer.Incomplete("max_output_tokens");
                break;
            case "content_filter":
                writer.Incomplete("content_filter");
                break;
            default:
                // stop, tool_calls, function_call, eos (some servers), or none at all.
                writer.Complete();
                break;
        }
    }

    private void Start(ChatCompletion chunk)
    {
        if (Writer is not null)
        {
            return;
        }

        Writer = new ResponseWriter(_createResponse(chunk), _emitEvents);
        Writer.Start();
    }

    private void ApplyDelta(ChatMessage delta, ChatLogprobs? logprobs)
    {
        if ((delta.ReasoningContent ?? delta.Reasoning) is { Length: > 0 } reasoning)
        {
            AppendReasoning(reasoning);
        }

        switch (delta.Content)
        {
            case { ValueKind: JsonValueKind.String } text when text.GetString() is { Length: > 0 } value:
                AppendText(value, ToLogProbs(logprobs));
                break;
            case { ValueKind: JsonValueKind.Array } parts:
                // Mistral's reasoning models answer with parts: text, and thinking (itself a list of text parts).
                foreach (JsonElement part in parts.EnumerateArray())
                {
                    AppendPart(part);
                }

                break;
            default:
                break;
        }

        if (delta.Annotations is { ValueKind: JsonValueKind.Array } annotations && _textPartOpen)
        {
            AddAnnotations(annotations);
        }

        if (delta.Refusal is { Length: > 0 } refusal)
        {
            CloseReasoning();
            Writer!.AppendRefusal(EnsureMessage(), refusal);
            _textPartOpen = false;
        }

        if (delta.ToolCalls is { Count: > 0 } calls)
        {
            foreach (ChatToolCall call in calls)
            {
                AppendToolCall(call);
            }
        }
    }

    private void AppendPart(JsonElement part)
    {
        string? type = part.TryGetProperty("type", out JsonElement t) ? t.GetString() : null;
        if (type == "text" && part.TryGetProperty("text", out JsonElement text) && text.GetString() is { Length: > 0 } value)
        {
            AppendText(value);
        }
        else if (type == "thinking" && part.TryGetProperty("thinking", out JsonElement thinking) && thinking.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement inner in thinking.EnumerateArray())
            {
                if (inner.TryGetProperty("text", out JsonElement innerText) && innerText.GetString() is { Length: > 0 } reasoning)
                {
                    AppendReasoning(reasoning);
                }
            }
        }
    }

    // url_citation annotations index the message text, which is open at this point; other annotation types are dropped.
    private void AddAnnotations(JsonElement annotations)
    {
        foreach (JsonElement annotation in annotations.EnumerateArray())
        {
            if (annotation.ValueKind == JsonValueKind.Object && annotation.TryGetProperty("url_citation", out JsonElement citation) &&
                citation.ValueKind == JsonValueKind.Object && citation.TryGetProperty("url", out JsonElement url) && url.ValueKind == JsonValueKind.String)
            {
                Writer!.AddAnnotation(_messageIndex, new UrlCitationAnnotation
                {
                    Url = url.GetString(),
                    Title = citation.TryGetProperty("title", out JsonElement title) && title.ValueKind == JsonValueKind.String ? title.GetString() : null,
                    StartIndex = citation.TryGetProperty("start_index", out JsonElement start) && start.TryGetInt32(out int s) ? s : 0,
                    EndIndex = citation.TryGetProperty("end_index", out JsonElement end) && end.TryGetInt32(out int e) ? e : 0,
                });
            }
        }
    }

    private void AppendReasoning(string text)
    {
        if (_reasoningIndex < 0)
        {
            CloseMessage();
            CloseCalls();
            _reasoningIndex = Writer!.BeginReasoning();
        }

        Writer!.AppendReasoningSummary(_reasoningIndex, text);
    }

    private void AppendText(string text, IList<LogProb>? logprobs = null)
    {
        CloseReasoning();
        Writer!.AppendOutputText(EnsureMessage(), text, logprobs);
        _textPartOpen = true;
    }

    private static List<LogProb>? ToLogProbs(ChatLogprobs? logprobs) =>
        logprobs?.Content is { Count: > 0 } tokens
            ? [.. tokens.Select(t => new LogProb
            {
                Token = t.Token,
                Logprob = t.Logprob,
                Bytes = t.Bytes ?? [],
                TopLogprobs = [.. (t.TopLogprobs ?? []).Select(a => new TopLogProb { Token = a.Token, Logprob = a.Logprob, Bytes = a.Bytes ?? [] })],
            })]
            : null;

    private int EnsureMessage()
    {
        if (_messageIndex < 0)
        {
            CloseCalls();
            _messageIndex = Writer!.BeginMessage();
        }

        return _messageIndex;
    }

    private void AppendToolCall(ChatToolCall call)
    {
        CloseReasoning();
        CloseMessage();

        // Fragments are matched by index; servers that leave it out send each call whole, in order.
        int index = call.Index ?? (call.Id is { Length: > 0 } || _calls.Count == 0 ? NextIndex() : _calls.Keys.Last());
        if (!_calls.TryGetValue(index, out ChatToolCallState? state))
        {
            state = new ChatToolCallState();
            _calls[index] = state;
        }

        state.Id ??= call.Id is { Length: > 0 } id ? id : null;
        state.Name ??= call.Function?.Name is { Length: > 0 } name ? name : null;
        string arguments = call.Function?.Arguments ?? string.Empty;
        if (state.OutputIndex < 0 && state.Name is not null)
        {
            state.OutputIndex = Writer!.BeginFunctionCall(state.Id ??= ResponseIds.New("call"), state.Name);
            arguments = state.Pending.Append(arguments).ToString();
            state.Pending.Clear();
        }

        if (state.OutputIndex < 0)
        {
            state.Pending.Append(arguments);
        }
        else
        {
            Writer!.AppendFunctionArguments(state.OutputIndex, arguments);
        }
    }

    private int NextIndex() => _calls.Count == 0 ? 0 : _calls.Keys.Last() + 1;

    private void CloseReasoning()
    {
        if (_reasoningIndex >= 0)
        {
            Writer!.EndItem(_reasoningIndex);
            _reasoningIndex = -1;
        }
    }

    private void CloseMessage()
    {
        if (_messageIndex >= 0)
        {
            Writer!.EndItem(_messageIndex);
            _messageIndex = -1;
            _textPartOpen = false;
        }
    }

    private void CloseCalls()
    {
        BeginPendingCalls();
        foreach (ChatToolCallState state in _calls.Values)
        {
            Writer!.EndItem(state.OutputIndex);
        }

        _calls.Clear();
    }

    private void BeginPendingCalls()
    {
        foreach (ChatToolCallState state in _calls.Values)
        {
            if (state.OutputIndex < 0)
            {
                // A call whose name never came: it is still a call the caller must see.
                state.OutputIndex = Writer!.BeginFunctionCall(state.Id ?? ResponseIds.New("call"), "unknown");
                Writer.AppendFunctionArguments(state.OutputIndex, state.Pending.ToString());
            }
        }
    }

    // Groq streams put usage in "x_groq": {"usage": {…}} of the last chunk.
    private static ChatUsage? GroqUsage(ChatCompletion chunk) =>
        chunk.ExtensionData?.TryGetValue("x_groq", out JsonElement groq) == true && groq.ValueKind == JsonValueKind.Object &&
        groq.TryGetProperty("usage", out JsonElement usage) && usage.ValueKind == JsonValueKind.Object
            ? usage.Deserialize(ChatCompletionsJsonContext.Default.ChatUsage)
            : null;

    /// <summary>
    /// Chat usage to Responses usage. <c>output_tokens</c> includes reasoning in the Responses API; servers that count
    /// reasoning outside <c>completion_tokens</c> (xAI) are recognized by a <c>total_tokens</c> larger than the sum.
    /// </summary>
    internal static ResponseUsage ToResponseUsage(ChatUsage usage)
    {
        long input = usage.PromptTokens ?? 0;
        long output = usage.CompletionTokens ?? 0;
        if (usage.TotalTokens is { } total && total > input + output)
        {
            output = total - input;
        }

        return new ResponseUsage
        {
            InputTokens = input,
            InputTokensDetails = new InputTokensDetails { CachedTokens = usage.PromptTokensDetails?.CachedTokens ?? 0 },
            OutputTokens = output,
            OutputTokensDetails = new OutputTokensDetails { ReasoningTokens = usage.CompletionTokensDetails?.ReasoningTokens ?? 0 },
            TotalTokens = input + output,
        };
    }
}
