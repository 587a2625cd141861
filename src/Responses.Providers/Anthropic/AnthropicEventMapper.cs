using System.Text;
using System.Text.Json;
using Responses.Providers.Anthropic.Wire;
using Responses.Providers.Streaming;

namespace Responses.Providers.Anthropic;

/// <summary>
/// Turns a Messages API answer into <see cref="ResponseWriter"/> calls. Streams feed it event by event
/// (<see cref="Handle"/>); non-streaming bodies go through <see cref="MapMessage"/>, which makes the same calls
/// block by block, so both paths build the same response.
/// </summary>
/// <remarks>
/// Mapped blocks: <c>text</c> (consecutive blocks share one <c>output_text</c> part; URL citations become
/// annotations), <c>tool_use</c> (a <c>function_call</c>), <c>thinking</c> and <c>redacted_thinking</c> (a
/// <c>reasoning</c> item whose <c>encrypted_content</c> carries the original block). Every other block type
/// (server tools and their results, MCP, compaction, fallback…) is skipped with its deltas: hosted tools are
/// mapped by a later issue. A skipped block still ends the message before it, like any non-text block.
/// </remarks>
internal sealed partial class AnthropicEventMapper
{
    private readonly Func<AnthropicMessage, Response> _createResponse;
    private readonly bool _emitEvents;
    private readonly Dictionary<int, AnthropicBlockState> _blocks = [];
    private readonly AnthropicUsageAccumulator _usage = new();
    private int _messageIndex = -1;
    private int _partLength;
    private string? _stopReason;
    private JsonElement? _stopDetails;
    private bool _sawMessageDelta;

    /// <summary>Initializes a mapper.</summary>
    /// <param name="createResponse">Makes the response shell (id, model, echoed request fields) from the Anthropic message.</param>
    /// <param name="emitEvents">Whether the writer produces events (streaming).</param>
    public AnthropicEventMapper(Func<AnthropicMessage, Response> createResponse, bool emitEvents)
    {
        _createResponse = createResponse;
        _emitEvents = emitEvents;
    }

    /// <summary>The writer, once <c>message_start</c> has arrived.</summary>
    public ResponseWriter? Writer { get; private set; }

    /// <summary>Whether the terminal event has been written.</summary>
    public bool IsFinished => Writer?.IsFinished == true;

    /// <summary>Whether a stop reason has arrived (the answer is whole even if <c>message_stop</c> is missing).</summary>
    public bool HasStopReason => _sawMessageDelta;

    /// <summary>Maps one stream event (<c>error</c> events are the caller's: they need the transport context).</summary>
    public void Handle(AnthropicStreamEvent streamEvent)
    {
        if (IsFinished)
        {
            return;
        }

        switch (streamEvent.Type)
        {
            case "message_start" when streamEvent.Message is { } message:
                StartMessage(message);
                break;
            case "content_block_start" when Writer is not null && streamEvent.ContentBlock is { } block:
                StartBlock(streamEvent.Index, block);
                break;
            case "content_block_delta" when Writer is not null && streamEvent.Delta is { } delta:
                Delta(streamEvent.Index, delta);
                break;
            case "content_block_stop" when Writer is not null:
                StopBlock(streamEvent.Index);
                break;
            case "message_delta" when Writer is not null:
                MessageDelta(streamEvent.Delta, streamEvent.Usage);
                break;
            case "message_stop" when Writer is not null:
                Finish();
                break;
            default:
                // ping, unknown event types, and events before message_start carry nothing to map.
                break;
        }
    }

    /// <summary>Maps a whole (non-streaming) message and finishes the response.</summary>
    public Response MapMessage(AnthropicMessage message)
    {
        StartMessage(message);
        _sawMessageDelta = true;
        Finish();
        return Writer!.Response;
    }

    private void StartMessage(AnthropicMessage message)
    {
        if (Writer is not null)
        {
            // One stream carries one message; a second message_start is not part of this response.
            return;
        }

        Writer = new ResponseWriter(_createResponse(message), _emitEvents);
        Writer.Start();
        _usage.Add(message.Usage);
        _stopReason = message.StopReason;
        _stopDetails = message.StopDetails;

        // Non-streaming bodies (and some resumed streams) carry whole blocks in the message itself.
        List<AnthropicContentBlock> content = message.Content ?? [];
        for (int i = 0; i < content.Count; i++)
        {
            StartBlock(i, content[i]);
            StopBlock(i);
        }
    }

    private void StartBlock(int index, AnthropicContentBlock block)
    {
        ResponseWriter writer = Writer!;
        var state = new AnthropicBlockState { Type = block.Type, Start = block };
        switch (block.Type)
        {
            case "text":
                state.TextStart = _messageIndex < 0 ? 0 : _partLength;
                AddCitations(state, block.Citations);
                AppendText(block.Text);
                break;
            case "tool_use":
                CloseMessage();
                state.OutputIndex = writer.BeginFunctionCall(block.Id is { Length: > 0 } id ? id : ResponseIds.New("toolu"), block.Name is { Length: > 0 } name ? name : "unknown");
                break;
            case "thinking":
                CloseMessage();
                state.OutputIndex = writer.BeginReasoning();
                AppendThinking(state, block.Thinking);
                state.Signature.Append(block.Signature);
                break;
            case "redacted_thinking":
                CloseMessage();
                state.OutputIndex = writer.BeginReasoning();
                break;
            default:
                CloseMessage();
                state.Type = null;
                break;
        }

        _blocks[index] = state;
    }

    private void Delta(int index, AnthropicStreamDelta delta)
    {
        if (!_blocks.TryGetValue(index, out AnthropicBlockState? state))
        {
            return;
        }

        switch ((state.Type, delta.Type))
        {
            case ("text", "text_delta"):
                AppendText(delta.Text);
                break;
            case ("text", "citations_delta") when delta.Citation is { ValueKind: JsonValueKind.Object } citation:
                state.Citations.Add(citation.Clone());
                break;
            case ("tool_use", "input_json_delta") when delta.PartialJson is { Length: > 0 } json:
                state.HasArgumentDeltas = true;
                Writer!.AppendFunctionArguments(state.OutputIndex, json);
                break;
            case ("thinking", "thinking_delta"):
                AppendThinking(state, delta.Thinking);
                break;
            case ("thinking", "signature_delta"):
                state.Signature.Append(delta.Signature);
                break;
            default:
                break;
        }
    }

    private void StopBlock(int index)
    {
        if (!_blocks.Remove(index, out AnthropicBlockState? state))
        {
            return;
        }

        ResponseWriter writer = Writer!;
        switch (state.Type)
        {
            case "text":
                AddAnnotations(state);
                break;
            case "tool_use":
                if (!state.HasArgumentDeltas)
                {
                    // Streams start tool_use with "input": {} and send the arguments as deltas; bodies (and calls made
                    // by server-side code) carry the whole input. No arguments at all is the empty object.
                    writer.AppendFunctionArguments(state.OutputIndex, state.Start.Input is { ValueKind: JsonValueKind.Object } input && input.EnumerateObject().Any()
                        ? AnthropicJson.Compact(input)
                        : "{}");
                }

                writer.EndItem(state.OutputIndex);
                break;
            case "thinking":
                writer.SetEncryptedContent(state.OutputIndex, AnthropicReasoningCodec.Encode(new AnthropicContentBlock
                {
                    Type = "thinking",
                    Thinking = state.Thinking.ToString(),
                    Signature = state.Signature.ToString(),
                    ExtensionData = state.Start.ExtensionData,
                }));
                writer.EndItem(state.OutputIndex);
                break;
            case "redacted_thinking":
                writer.SetEncryptedContent(state.OutputIndex, AnthropicReasoningCodec.Encode(state.Start));
                writer.EndItem(state.OutputIndex);
                break;
            default:
                break;
        }
    }

    private void MessageDelta(AnthropicStreamDelta? delta, AnthropicUsage? usage)
    {
        _sawMessageDelta = true;
        _usage.Add(usage);
        if (delta is null)
        {
            return;
        }

        _stopReason = delta.StopReason ?? _stopReason;
        if (delta.StopDetails is { ValueKind: JsonValueKind.Object } details)
        {
            _stopDetails = details.Clone();
        }
    }

    /// <summary>Finishes the response from the stop reason: completed, incomplete, or completed with a refusal.</summary>
    public void Finish()
    {
        ResponseWriter writer = Writer!;
        if (writer.IsFinished)
        {
            return;
        }

        writer.SetUsage(_usage.ToResponseUsage());
        switch (_stopReason)
        {
            case "max_tokens":
            case "model_context_window_exceeded":
                // Both cut the answer for lack of room; OpenAI names that max_output_tokens.
                writer.Incomplete("max_output_tokens");
                break;
            case "refusal":
                AddRefusal(writer);
                writer.Complete();
                break;
            default:
                // end_turn, tool_use, stop_sequence, and pause_turn (a paused server-tool turn: send the
                // conversation again to continue; server tools are mapped by a later issue).
                writer.Complete();
                break;
        }
    }

    private void AddRefusal(ResponseWriter writer)
    {
        string explanation = _stopDetails is { ValueKind: JsonValueKind.Object } details &&
            details.TryGetProperty("explanation", out JsonElement text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()!
            : "The model declined to answer.";
        int message = _messageIndex >= 0 ? _messageIndex : writer.BeginMessage();
        writer.AppendRefusal(message, explanation);

        // The category, recommended model… stay available to the caller.
        if (_stopDetails is { } kept)
        {
            writer.Response.SetAdditionalProperty("stop_details", kept);
        }
    }

    private void AppendText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        // The message opens with its first text, so empty text blocks leave no trace.
        if (_messageIndex < 0)
        {
            _messageIndex = Writer!.BeginMessage();
            _partLength = 0;
        }

        Writer!.AppendOutputText(_messageIndex, text);
        _partLength += text.Length;
    }

    private void AppendThinking(AnthropicBlockState state, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        state.Thinking.Append(text);
        Writer!.AppendReasoningSummary(state.OutputIndex, text);
    }

    private void CloseMessage()
    {
        if (_messageIndex >= 0)
        {
            Writer!.EndItem(_messageIndex);
            _messageIndex = -1;
            _partLength = 0;
        }
    }
}
