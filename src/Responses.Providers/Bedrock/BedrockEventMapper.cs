using System.Text.Json;
using Responses.Providers.Bedrock.Wire;
using Responses.Providers.Streaming;

namespace Responses.Providers.Bedrock;

/// <summary>
/// Turns a Converse answer into <see cref="ResponseWriter"/> calls. Streams feed it event by event
/// (<see cref="Handle"/>); <c>converse</c> bodies go through <see cref="MapResponse"/>, which makes the same calls
/// block by block, so both paths build the same response.
/// </summary>
/// <remarks>
/// Mapped blocks: <c>text</c> (consecutive text blocks share one <c>output_text</c> part), <c>toolUse</c> (a
/// <c>function_call</c>) and <c>reasoningContent</c> (a <c>reasoning</c> item: the text as its summary, the signed
/// original in <c>encrypted_content</c>). Streams may omit <c>messageStart</c> and <c>contentBlockStart</c> for
/// text; a delta opens its block. Citations, images and tool results produced by the model are skipped.
/// </remarks>
internal sealed class BedrockEventMapper
{
    private readonly Func<Response> _createResponse;
    private readonly bool _emitEvents;
    private readonly Dictionary<int, BedrockBlockState> _blocks = [];
    private BedrockUsage? _usage;
    private int _messageIndex = -1;

    /// <summary>Initializes a mapper.</summary>
    /// <param name="createResponse">Makes the response shell.</param>
    /// <param name="emitEvents">Whether the writer produces events (streaming).</param>
    public BedrockEventMapper(Func<Response> createResponse, bool emitEvents)
    {
        _createResponse = createResponse;
        _emitEvents = emitEvents;
    }

    /// <summary>The writer, once the first event has arrived.</summary>
    public ResponseWriter? Writer { get; private set; }

    /// <summary>Whether the terminal event has been written.</summary>
    public bool IsFinished => Writer?.IsFinished == true;

    /// <summary>The stop reason, once <c>messageStop</c> has arrived (the answer is whole even if <c>metadata</c> is missing).</summary>
    public string? StopReason { get; private set; }

    /// <summary>Maps one stream event (exceptions are the caller's: they need the transport context).</summary>
    public void Handle(string eventType, BedrockStreamEvent payload)
    {
        if (IsFinished)
        {
            return;
        }

        EnsureStarted();
        switch (eventType)
        {
            case "contentBlockStart":
                StartBlock(payload.ContentBlockIndex, payload.Start?.ToolUse);
                break;
            case "contentBlockDelta" when payload.Delta is { } delta:
                Delta(payload.ContentBlockIndex, delta);
                break;
            case "contentBlockStop":
                StopBlock(payload.ContentBlockIndex);
                break;
            case "messageStop":
                StopReason = payload.StopReason ?? "end_turn";
                KeepResponseFields(payload.AdditionalModelResponseFields);
                break;
            case "metadata":
                _usage = payload.Usage ?? _usage;
                break;
            default:
                // messageStart carries only the role; unknown events carry nothing to map.
                break;
        }
    }

    /// <summary>Maps a whole <c>converse</c> answer and finishes the response.</summary>
    public Response MapResponse(BedrockConverseResponse body)
    {
        EnsureStarted();
        List<BedrockContentBlock> content = body.Output?.Message?.Content ?? [];
        for (int i = 0; i < content.Count; i++)
        {
            BedrockContentBlock block = content[i];
            if (block.Text is { } text)
            {
                Delta(i, new BedrockContentBlockDelta { Text = text });
            }
            else if (block.ToolUse is { } toolUse)
            {
                StartBlock(i, toolUse);
                _blocks[i].ToolUse = toolUse;
            }
            else if (block.ReasoningContent is { } reasoning)
            {
                Delta(i, new BedrockContentBlockDelta
                {
                    ReasoningContent = new BedrockReasoningDelta { Text = reasoning.ReasoningText?.Text, Signature = reasoning.ReasoningText?.Signature, RedactedContent = reasoning.RedactedContent },
                });
            }
            else
            {
                continue;
            }

            StopBlock(i);
        }

        StopReason = body.StopReason ?? "end_turn";
        KeepResponseFields(body.AdditionalModelResponseFields);
        _usage = body.Usage;
        Finish();
        return Writer!.Response;
    }

    /// <summary>Finishes the response from the stop reason: completed, incomplete, or failed for malformed output.</summary>
    public void Finish()
    {
        ResponseWriter writer = EnsureStarted();
        if (writer.IsFinished)
        {
            return;
        }

        foreach (int index in _blocks.Keys.Order().ToList())
        {
            StopBlock(index);
        }

        writer.SetUsage(BedrockUsageMapper.Map(_usage));
        switch (StopReason)
        {
            case "max_tokens":
            case "model_context_window_exceeded":
                // Both cut the answer for lack of room; OpenAI names that max_output_tokens.
                writer.Incomplete("max_output_tokens");
                break;
            case "guardrail_intervened":
            case "content_filtered":
                writer.Incomplete("content_filter");
                break;
            case "malformed_model_output":
            case "malformed_tool_use":
                writer.Fail("server_error", $"The model produced malformed output (stopReason '{StopReason}'); trying again may succeed.");
                break;
            default:
                // end_turn, tool_use, stop_sequence, and reasons added later.
                writer.Complete();
                break;
        }
    }

    private ResponseWriter EnsureStarted()
    {
        if (Writer is null)
        {
            Writer = new ResponseWriter(_createResponse(), _emitEvents);
            Writer.Start();
        }

        return Writer;
    }

    private void StartBlock(int index, BedrockToolUse? toolUse)
    {
        if (toolUse is null)
        {
            // Text and reasoning blocks open with their first delta; other starts (images, tool results) are skipped.
            return;
        }

        CloseMessage();
        StopBlock(index);
        int output = Writer!.BeginFunctionCall(toolUse.ToolUseId is { Length: > 0 } id ? id : ResponseIds.New("tooluse"), toolUse.Name is { Length: > 0 } name ? name : "unknown");
        _blocks[index] = new BedrockBlockState { Kind = "toolUse", OutputIndex = output };
    }

    private void Delta(int index, BedrockContentBlockDelta delta)
    {
        ResponseWriter writer = Writer!;
        if (!_blocks.TryGetValue(index, out BedrockBlockState? state))
        {
            string? kind = delta.Text is not null ? "text" : delta.ReasoningContent is not null ? "reasoning" : null;
            state = new BedrockBlockState { Kind = kind };
            if (kind == "reasoning")
            {
                CloseMessage();
                state.OutputIndex = writer.BeginReasoning();
            }

            _blocks[index] = state;
        }

        switch (state.Kind)
        {
            case "text" when !string.IsNullOrEmpty(delta.Text):
                // The message opens with its first text, so empty text blocks leave no trace.
                if (_messageIndex < 0)
                {
                    _messageIndex = writer.BeginMessage();
                }

                writer.AppendOutputText(_messageIndex, delta.Text);
                break;
            case "toolUse" when delta.ToolUse?.Input is { Length: > 0 } input:
                state.HasArguments = true;
                writer.AppendFunctionArguments(state.OutputIndex, input);
                break;
            case "reasoning" when delta.ReasoningContent is { } reasoning:
                if (!string.IsNullOrEmpty(reasoning.Text))
                {
                    state.Reasoning.Append(reasoning.Text);
                    writer.AppendReasoningSummary(state.OutputIndex, reasoning.Text);
                }

                state.Signature = reasoning.Signature ?? state.Signature;
                state.RedactedContent = reasoning.RedactedContent ?? state.RedactedContent;
                break;
            default:
                break;
        }
    }

    private void StopBlock(int index)
    {
        if (!_blocks.Remove(index, out BedrockBlockState? state))
        {
            return;
        }

        ResponseWriter writer = Writer!;
        switch (state.Kind)
        {
            case "toolUse":
                if (!state.HasArguments)
                {
                    // Bodies carry the whole input; a stream without deltas is a call without arguments.
                    writer.AppendFunctionArguments(state.OutputIndex, state.ToolUse?.Input is { ValueKind: JsonValueKind.Object } input ? BedrockJson.Compact(input) : "{}");
                }

                writer.EndItem(state.OutputIndex);
                break;
            case "reasoning":
                BedrockReasoningContent original = state.RedactedContent is { } redacted
                    ? new BedrockReasoningContent { RedactedContent = redacted }
                    : new BedrockReasoningContent { ReasoningText = new BedrockReasoningText { Text = state.Reasoning.ToString(), Signature = state.Signature } };
                writer.SetEncryptedContent(state.OutputIndex, BedrockReasoningCodec.Encode(original));
                writer.EndItem(state.OutputIndex);
                break;
            default:
                break;
        }
    }

    // Model-specific answer fields (additionalModelResponseFields) stay available to the caller.
    private void KeepResponseFields(JsonElement? fields)
    {
        if (fields is { ValueKind: JsonValueKind.Object } kept)
        {
            Writer!.Response.SetAdditionalProperty("additional_model_response_fields", kept.Clone());
        }
    }

    private void CloseMessage()
    {
        if (_messageIndex >= 0)
        {
            Writer!.EndItem(_messageIndex);
            _messageIndex = -1;
        }
    }
}
