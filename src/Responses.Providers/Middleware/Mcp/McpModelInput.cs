using Responses.Providers.Streaming;

namespace Responses.Providers.Middleware.Mcp;

/// <summary>
/// Rewrites a conversation holding MCP items into what any model understands: each MCP call becomes a function call
/// followed at once by its output (so every provider sees a call answered by the next turn), approval requests become
/// the call they asked about, answered by the executed call's output or by the denial; tool lists are left out (the
/// tools themselves are sent as functions).
/// </summary>
internal static class McpModelInput
{
    public const string DeniedOutput = "The user denied this MCP tool call.";
    public const string NotApprovedOutput = "This MCP tool call was not approved.";

    public static List<ResponseItem> Convert(IEnumerable<ResponseItem> items, McpFunctionNames names)
    {
        List<ResponseItem> list = [.. items];
        var responses = new Dictionary<string, McpApprovalResponseItem>(StringComparer.Ordinal);
        var callsByApproval = new Dictionary<string, McpCallItem>(StringComparer.Ordinal);
        var requests = new HashSet<string>(StringComparer.Ordinal);
        foreach (ResponseItem item in list)
        {
            switch (item)
            {
                case McpApprovalResponseItem { ApprovalRequestId: { } id } response:
                    responses[id] = response;
                    break;
                case McpCallItem { ApprovalRequestId: { } id } call:
                    callsByApproval[id] = call;
                    break;
                case McpApprovalRequestItem { Id: { } id }:
                    requests.Add(id);
                    break;
            }
        }

        var result = new List<ResponseItem>(list.Count);
        foreach (ResponseItem item in list)
        {
            switch (item)
            {
                case McpListToolsItem or McpApprovalResponseItem:
                    break;
                case McpApprovalRequestItem request:
                    {
                        string callId = request.Id ?? ResponseIds.New("call");
                        result.Add(new FunctionCallItem(callId, names.NameOf(request.ServerLabel ?? string.Empty, request.Name ?? string.Empty), request.Arguments ?? "{}"));
                        string output = request.Id is { } id && callsByApproval.TryGetValue(id, out McpCallItem? executed)
                            ? OutputOf(executed)
                            : request.Id is { } rid && responses.TryGetValue(rid, out McpApprovalResponseItem? answer) && !answer.Approve
                                ? answer.Reason is { Length: > 0 } reason ? $"{DeniedOutput} Reason: {reason}" : DeniedOutput
                                : NotApprovedOutput;
                        result.Add(new FunctionCallOutputItem(callId, output));
                        break;
                    }

                case McpCallItem call when call.ApprovalRequestId is { } approval && requests.Contains(approval):
                    break; // answered where its approval request stands
                case McpCallItem call:
                    {
                        string callId = call.Id ?? ResponseIds.New("call");
                        result.Add(new FunctionCallItem(callId, names.NameOf(call.ServerLabel ?? string.Empty, call.Name ?? string.Empty), call.Arguments ?? "{}"));
                        result.Add(new FunctionCallOutputItem(callId, OutputOf(call)));
                        break;
                    }

                default:
                    result.Add(item);
                    break;
            }
        }

        return result;
    }

    private static string OutputOf(McpCallItem call) =>
        call.Error is { } error ? $"Error: {error}" : call.Output ?? string.Empty;
}
