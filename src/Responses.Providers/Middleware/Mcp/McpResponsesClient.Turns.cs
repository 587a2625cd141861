using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Responses.Providers.Streaming;

namespace Responses.Providers.Middleware.Mcp;

// One model turn: the model's output goes into the response (re-numbered when streamed), its MCP calls become
// approval requests or executed calls.
public sealed partial class McpResponsesClient
{
    private async IAsyncEnumerable<ResponseStreamEvent> CreateTurnAsync(McpRun run, CreateResponseRequest request, ModelTurn turn, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Response response = await InnerClient.CreateResponseAsync(request, cancellationToken).ConfigureAwait(false);
        turn.Usage = response.Usage;
        ResponseWriter writer = run.Writer;
        foreach (ResponseItem item in response.Output)
        {
            if (item is FunctionCallItem call)
            {
                if (run.Resolve(call) is not null)
                {
                    await foreach (ResponseStreamEvent e in HandleCallAsync(run, null, call, turn, cancellationToken).ConfigureAwait(false))
                    {
                        yield return e;
                    }

                    continue;
                }

                // The caller's own function: the response ends so that the caller can run it.
                turn.StopsLoop = true;
                int index = writer.BeginFunctionCall(call.CallId ?? ResponseIds.New("call"), call.Name ?? string.Empty, call.Id, call.Namespace);
                writer.AppendFunctionArguments(index, call.Arguments ?? string.Empty);
                writer.EndItem(index, status: call.Status ?? ItemStatus.Completed);
            }
            else
            {
                writer.AddItem(item);
            }
        }

        if (response.Status == ResponseStatus.Failed)
        {
            turn.Error = response.Error ?? new ResponseError { Code = "server_error", Message = "The model failed." };
        }
        else if (response.Status == ResponseStatus.Incomplete)
        {
            turn.IncompleteReason = response.IncompleteDetails?.Reason ?? "max_output_tokens";
        }
    }

    private async IAsyncEnumerable<ResponseStreamEvent> StreamTurnAsync(McpRun run, EventSink sink, CreateResponseRequest request, ModelTurn turn, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ResponseWriter writer = run.Writer;
        var indexes = new Dictionary<int, int>();
        var mcpCalls = new HashSet<int>();
        await using IAsyncEnumerator<ResponseStreamEvent> events = InnerClient.CreateResponseStreamingAsync(request, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            ResponseStreamEvent e;
            try
            {
                if (!await events.MoveNextAsync().ConfigureAwait(false))
                {
                    turn.Error ??= turn.Ended ? null : new ResponseError { Code = "server_error", Message = "The model's stream ended without a terminal event." };
                    yield break;
                }

                e = events.Current;
            }
            catch (ResponsesException error)
            {
                // The response has begun (MCP items may already be out): a failing turn fails the response.
                turn.Error = new ResponseError { Code = error.ErrorCode ?? "server_error", Message = error.Message };
                yield break;
            }

            switch (e)
            {
                case ResponseCreatedEvent or ResponseInProgressEvent or ResponseQueuedEvent:
                    continue;
                case ResponseCompletedEvent completed:
                    turn.Usage = completed.Response?.Usage;
                    turn.Ended = true;
                    continue;
                case ResponseIncompleteEvent incomplete:
                    turn.Usage = incomplete.Response?.Usage;
                    turn.IncompleteReason = incomplete.Response?.IncompleteDetails?.Reason ?? "max_output_tokens";
                    turn.Ended = true;
                    continue;
                case ResponseFailedEvent failed:
                    turn.Usage = failed.Response?.Usage;
                    turn.Error = failed.Response?.Error ?? new ResponseError { Code = "server_error", Message = "The model failed." };
                    turn.Ended = true;
                    continue;
                case ResponseErrorEvent error:
                    turn.Error = new ResponseError { Code = error.Code ?? "server_error", Message = error.Message ?? "The model failed." };
                    turn.Ended = true;
                    continue;
                case ResponseOutputItemAddedEvent { Item: FunctionCallItem call } added when run.Resolve(call) is not null:
                    mcpCalls.Add(added.OutputIndex);
                    continue;
                case ResponseOutputItemDoneEvent { Item: FunctionCallItem call } done when mcpCalls.Contains(done.OutputIndex):
                    await foreach (ResponseStreamEvent mcpEvent in HandleCallAsync(run, sink, call, turn, cancellationToken).ConfigureAwait(false))
                    {
                        yield return mcpEvent;
                    }

                    continue;
                case ResponseOutputItemAddedEvent { Item: FunctionCallItem }:
                    turn.StopsLoop = true; // the caller's own function
                    break;
            }

            JsonObject? json = null;
            int? upstreamIndex = OutputIndexOf(e, ref json);
            if (upstreamIndex is { } inner)
            {
                if (mcpCalls.Contains(inner))
                {
                    continue; // the call's argument events: the mcp_call item streams its own
                }

                if (e is ResponseOutputItemAddedEvent)
                {
                    indexes[inner] = writer.OutputCount;
                }

                if (indexes.TryGetValue(inner, out int outer) && outer != inner)
                {
                    json!["output_index"] = outer;
                    e = ResponsesJson.Deserialize<ResponseStreamEvent>(json.ToJsonString())!;
                }
            }

            e.SequenceNumber = sink.NextSequenceNumber;
            writer.Forward(e);
            foreach (ResponseStreamEvent forwarded in sink.Drain())
            {
                yield return forwarded;
            }
        }
    }

    private static async IAsyncEnumerable<ResponseStreamEvent> HandleCallAsync(McpRun run, EventSink? sink, FunctionCallItem call, ModelTurn turn, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        (string label, string tool, bool needsApproval) = run.Resolve(call)!.Value;
        string arguments = string.IsNullOrWhiteSpace(call.Arguments) ? "{}" : call.Arguments;
        if (needsApproval)
        {
            run.AddApprovalRequest(label, tool, arguments);
            turn.StopsLoop = true;
        }
        else
        {
            int index = run.BeginCall(label, tool, arguments, approvalRequestId: null);
            foreach (ResponseStreamEvent e in sink?.Drain() ?? [])
            {
                yield return e;
            }

            await run.EndCallAsync(index, label, tool, arguments, approvalRequestId: null, cancellationToken).ConfigureAwait(false);
            turn.ExecutedCalls++;
        }

        foreach (ResponseStreamEvent e in sink?.Drain() ?? [])
        {
            yield return e;
        }
    }

    // The output_index of an event about an item, read from its JSON (every such event type has its own property).
    private static int? OutputIndexOf(ResponseStreamEvent e, ref JsonObject? json)
    {
        switch (e)
        {
            case ResponseOutputItemAddedEvent added:
                json = Json(e);
                return added.OutputIndex;
            case ResponseOutputItemDoneEvent done:
                json = Json(e);
                return done.OutputIndex;
        }

        json = Json(e);
        return json["output_index"] is JsonValue value && value.TryGetValue(out int index) ? index : null;
    }

    private static JsonObject Json(ResponseStreamEvent e) => JsonNode.Parse(ResponsesJson.Serialize(e))!.AsObject();

    /// <summary>What one model turn did.</summary>
    private sealed class ModelTurn
    {
        public ResponseUsage? Usage { get; set; }

        public ResponseError? Error { get; set; }

        public string? IncompleteReason { get; set; }

        public bool Ended { get; set; }

        public bool StopsLoop { get; set; }

        public int ExecutedCalls { get; set; }
    }

    /// <summary>Takes the writer's events and knows the next sequence number, so forwarded events continue the numbering.</summary>
    private sealed class EventSink(ResponseWriter writer)
    {
        public int NextSequenceNumber { get; private set; }

        public IReadOnlyList<ResponseStreamEvent> Drain()
        {
            IReadOnlyList<ResponseStreamEvent> events = writer.TakeEvents();
            if (events.Count > 0)
            {
                NextSequenceNumber = events[^1].SequenceNumber + 1;
            }

            return events;
        }
    }

    /// <summary>The usage of every model turn of the response, added up.</summary>
    private sealed class UsageTotal
    {
        private ResponseUsage? _total;

        public void Add(ResponseUsage? usage)
        {
            if (usage is null)
            {
                return;
            }

            _total ??= new ResponseUsage { InputTokensDetails = new InputTokensDetails(), OutputTokensDetails = new OutputTokensDetails() };
            _total.InputTokens += usage.InputTokens;
            _total.OutputTokens += usage.OutputTokens;
            _total.TotalTokens += usage.TotalTokens;
            _total.InputTokensDetails!.CachedTokens += usage.InputTokensDetails?.CachedTokens ?? 0;
            _total.OutputTokensDetails!.ReasoningTokens += usage.OutputTokensDetails?.ReasoningTokens ?? 0;
        }

        public void ApplyTo(ResponseWriter writer)
        {
            if (_total is not null)
            {
                writer.SetUsage(_total);
            }
        }
    }
}
