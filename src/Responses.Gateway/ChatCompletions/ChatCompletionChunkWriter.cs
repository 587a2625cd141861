using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Providers.ChatCompletions.Wire;

namespace Responses.Gateway.ChatCompletions;

/// <summary>
/// Turns a Responses event stream into <c>chat.completion.chunk</c> SSE lines: a first chunk with the role, text,
/// refusal and reasoning deltas, tool call deltas (index, id and name first, then argument fragments), one chunk with
/// the finish reason, a usage chunk (empty <c>choices</c>) when <c>stream_options.include_usage</c> is set, then
/// <c>data: [DONE]</c>. A failure becomes a <c>data: {"error": {…}}</c> line before <c>[DONE]</c>.
/// </summary>
internal sealed class ChatCompletionChunkWriter
{
    private static readonly byte[] DataPrefix = "data: "u8.ToArray();
    private static readonly byte[] FrameEnd = "\n\n"u8.ToArray();
    private static readonly byte[] Done = "[DONE]"u8.ToArray();
    private readonly Stream _body;
    private readonly bool _includeUsage;
    private readonly bool _legacyFunctions;
    private readonly Dictionary<int, int> _callIndexByOutputIndex = [];
    private string _id = ChatCompletionResponseMapper.CompletionId(null);
    private long _created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
    private string _model;
    private bool _started;

    /// <summary>Initializes a writer over a response body.</summary>
    /// <param name="body">The HTTP response body (headers already set for SSE).</param>
    /// <param name="model">The model to name until the response names its own.</param>
    /// <param name="includeUsage">Whether a usage chunk ends the stream.</param>
    /// <param name="legacyFunctions">Whether calls are written as the legacy <c>function_call</c>.</param>
    public ChatCompletionChunkWriter(Stream body, string model, bool includeUsage, bool legacyFunctions)
    {
        _body = body;
        _model = model;
        _includeUsage = includeUsage;
        _legacyFunctions = legacyFunctions;
    }

    /// <summary>Whether the finish chunk (or an error) has been written.</summary>
    public bool IsFinished { get; private set; }

    /// <summary>Writes the chunks of one event (most events have none).</summary>
    public async Task WriteAsync(ResponseStreamEvent e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (IsFinished)
        {
            return;
        }

        switch (e)
        {
            case ResponseCreatedEvent { Response: { } response }:
                _id = ChatCompletionResponseMapper.CompletionId(response.Id);
                _created = response.CreatedAt;
                _model = response.Model ?? _model;
                await StartAsync(ct);
                break;
            case ResponseOutputTextDeltaEvent { Delta: { Length: > 0 } text }:
                await DeltaAsync(new ChatMessage { Content = JsonSerializer.SerializeToElement(text, ChatCompletionsJson.String) }, ct);
                break;
            case ResponseRefusalDeltaEvent { Delta: { Length: > 0 } refusal }:
                await DeltaAsync(new ChatMessage { Refusal = refusal }, ct);
                break;
            case ResponseReasoningSummaryTextDeltaEvent { Delta: { Length: > 0 } thought }:
                await DeltaAsync(new ChatMessage { ReasoningContent = thought }, ct);
                break;
            case ResponseReasoningTextDeltaEvent { Delta: { Length: > 0 } thought }:
                await DeltaAsync(new ChatMessage { ReasoningContent = thought }, ct);
                break;
            case ResponseOutputItemAddedEvent { Item: FunctionCallItem call } added:
                int index = _callIndexByOutputIndex.Count;
                _callIndexByOutputIndex[added.OutputIndex] = index;
                await DeltaAsync(CallDelta(index, call.CallId, call.Name, call.Arguments ?? string.Empty), ct);
                break;
            case ResponseFunctionCallArgumentsDeltaEvent { Delta: { Length: > 0 } arguments } fragment
                when _callIndexByOutputIndex.TryGetValue(fragment.OutputIndex, out int callIndex):
                await DeltaAsync(CallDelta(callIndex, null, null, arguments), ct);
                break;
            case ResponseCompletedEvent { Response: { } response }:
                await FinishAsync(response, ct);
                break;
            case ResponseIncompleteEvent { Response: { } response }:
                await FinishAsync(response, ct);
                break;
            case ResponseFailedEvent failed:
                await WriteErrorAsync(new ApiError
                {
                    Message = failed.Response?.Error?.Message ?? "The response failed.",
                    Type = ResponsesErrorTypes.Server,
                    Code = failed.Response?.Error?.Code,
                }, ct);
                break;
            case ResponseErrorEvent error:
                await WriteErrorAsync(new ApiError { Message = error.Message ?? error.Error?.Message ?? "The stream failed.", Type = error.Error?.Type ?? ResponsesErrorTypes.Server, Code = error.Code, Param = error.Param }, ct);
                break;
            default:
                // Lifecycle events (in_progress, *.done, content_part.*…) have no chat chunk of their own.
                break;
        }
    }

    /// <summary>
    /// Writes <c>data: {"error": {…}}</c>, the shape OpenAI itself uses for an error inside a chat completions stream
    /// (its SDKs raise it as an API error); <see cref="WriteDoneAsync"/> then ends the stream.
    /// </summary>
    public async Task WriteErrorAsync(ApiError error, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(error);
        IsFinished = true;
        var body = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["message"] = error.Message ?? "The stream failed.",
                ["type"] = error.Type ?? ResponsesErrorTypes.Server,
                ["param"] = error.Param,
                ["code"] = error.Code,
            },
        };
        await WriteDataAsync(JsonSerializer.SerializeToUtf8Bytes(body, ChatCompletionsJson.Node), ct);
    }

    /// <summary>Writes the <c>data: [DONE]</c> sentinel.</summary>
    public Task WriteDoneAsync(CancellationToken ct) => WriteDataAsync(Done, ct);

    private async Task StartAsync(CancellationToken ct)
    {
        if (!_started)
        {
            _started = true;
            await ChunkAsync([Choice(new ChatMessage { Role = "assistant", Content = JsonSerializer.SerializeToElement(string.Empty, ChatCompletionsJson.String) }, null)], null, ct);
        }
    }

    private async Task DeltaAsync(ChatMessage delta, CancellationToken ct)
    {
        await StartAsync(ct);
        await ChunkAsync([Choice(delta, null)], null, ct);
    }

    private async Task FinishAsync(Response response, CancellationToken ct)
    {
        await StartAsync(ct);
        IsFinished = true;
        await ChunkAsync([Choice(new ChatMessage(), ChatCompletionResponseMapper.FinishReason(response, _callIndexByOutputIndex.Count > 0, _legacyFunctions))], null, ct);
        if (_includeUsage && ChatCompletionResponseMapper.ToChatUsage(response.Usage) is { } usage)
        {
            await ChunkAsync([], usage, ct);
        }
    }

    private ChatMessage CallDelta(int index, string? id, string? name, string arguments)
    {
        if (_legacyFunctions)
        {
            // The legacy form streams one call: {"function_call": {"name"?, "arguments"}}.
            var call = new JsonObject { ["arguments"] = arguments };
            if (name is not null)
            {
                call["name"] = name;
            }

            return new ChatMessage { ExtensionData = new() { ["function_call"] = JsonSerializer.SerializeToElement(call, ChatCompletionsJson.Node) } };
        }

        return new ChatMessage
        {
            ToolCalls = [new ChatToolCall { Index = index, Id = id, Type = id is null ? null : "function", Function = new ChatFunctionCall { Name = name, Arguments = arguments } }],
        };
    }

    private static ChatChoice Choice(ChatMessage delta, string? finishReason) => new() { Index = 0, Delta = delta, FinishReason = finishReason };

    private Task ChunkAsync(List<ChatChoice> choices, ChatUsage? usage, CancellationToken ct) =>
        WriteDataAsync(JsonSerializer.SerializeToUtf8Bytes(
            new ChatCompletion { Id = _id, Object = "chat.completion.chunk", Created = _created, Model = _model, Choices = choices, Usage = usage },
            ChatCompletionsJson.Completion), ct);

    private async Task WriteDataAsync(byte[] data, CancellationToken ct)
    {
        await _body.WriteAsync(DataPrefix, ct);
        await _body.WriteAsync(data, ct);
        await _body.WriteAsync(FrameEnd, ct);
        await _body.FlushAsync(ct);
    }
}
