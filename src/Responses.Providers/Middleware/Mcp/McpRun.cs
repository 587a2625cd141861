using System.Globalization;
using System.Text.Json;
using Responses.Providers.Streaming;

namespace Responses.Providers.Middleware.Mcp;

/// <summary>
/// The MCP state of one response: the servers of the request, their tools (listed now or found in the conversation),
/// the open sessions, and the writer every MCP item goes through. The driver (<see cref="McpResponsesClient"/>) runs
/// the model turns; this type does everything MCP between them.
/// </summary>
internal sealed class McpRun : IAsyncDisposable
{
    private static readonly JsonElement EmptyObjectSchema = JsonDocument.Parse("""{"type":"object","properties":{}}""").RootElement.Clone();

    private readonly CreateResponseRequest _request;
    private readonly McpResponsesClientOptions _options;
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly IList<ResponseItem> _input;
    private readonly Dictionary<string, McpTool> _servers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IList<McpListToolsTool>> _tools = new(StringComparer.Ordinal);
    private readonly Dictionary<string, McpServerSession> _sessions = new(StringComparer.Ordinal);
    private readonly McpFunctionNames _names = new();

    private McpRun(CreateResponseRequest request, McpResponsesClientOptions options, HttpClient http, TimeProvider time, ResponseWriter writer)
    {
        _request = request;
        _options = options;
        _http = http;
        _time = time;
        _input = request.Input?.ToItems() ?? [];
        Writer = writer;
    }

    public ResponseWriter Writer { get; }

    /// <summary>Checks the request's <c>mcp</c> tools (labels, URL policy) and the approvals it answers; refusals are 400 errors.</summary>
    public static async Task<McpRun> CreateAsync(
        CreateResponseRequest request, McpResponsesClientOptions options, McpServerUrlPolicy policy, HttpClient http, TimeProvider time, ResponseWriter writer, CancellationToken cancellationToken)
    {
        var run = new McpRun(request, options, http, time, writer);
        IList<ResponseTool> tools = request.Tools ?? [];
        for (int i = 0; i < tools.Count; i++)
        {
            if (tools[i] is not McpTool mcp)
            {
                continue;
            }

            string label = mcp.ServerLabel is { Length: > 0 } l ? l : throw McpErrors.BadRequest("An mcp tool needs a server_label.", $"tools[{i}].server_label");
            if (!run._servers.TryAdd(label, mcp))
            {
                throw McpErrors.BadRequest($"Two mcp tools have the server_label '{label}'.", $"tools[{i}].server_label");
            }

            if (mcp.ServerUrl is null)
            {
                if (mcp.ConnectorId is not null || !options.StdioServers.ContainsKey(label))
                {
                    throw McpErrors.BadRequest(
                        mcp.ConnectorId is not null
                            ? $"Connectors ('{mcp.ConnectorId}') are not available here; give a server_url."
                            : $"The mcp tool '{label}' needs a server_url (no server with this label is configured).",
                        $"tools[{i}].server_url");
                }

                continue;
            }

            if (await policy.CheckAsync(mcp.ServerUrl, cancellationToken).ConfigureAwait(false) is { } refusal)
            {
                throw McpErrors.BadRequest($"The MCP server URL of '{label}' is not allowed: {refusal}.", $"tools[{i}].server_url", "mcp_server_url_not_allowed");
            }
        }

        run.CheckApprovals();
        return run;
    }

    /// <summary>The servers whose tools are not in the conversation yet (an <c>mcp_list_tools</c> item without error).</summary>
    public IReadOnlyList<string> ServersToList()
    {
        foreach (McpListToolsItem listed in _input.OfType<McpListToolsItem>())
        {
            if (listed.Error is null && listed.ServerLabel is { } label && _servers.ContainsKey(label))
            {
                _tools[label] = listed.Tools;
            }
        }

        return [.. _servers.Keys.Where(label => !_tools.ContainsKey(label))];
    }

    /// <summary>Begins the <c>mcp_list_tools</c> item of a server.</summary>
    public int BeginList(string label)
    {
        int index = Writer.BeginItem(new McpListToolsItem { Id = ResponseIds.New("mcpl"), ServerLabel = label, Tools = [] });
        Writer.WriteEvent(new ResponseMcpListToolsInProgressEvent { ItemId = ItemId(index), OutputIndex = index });
        return index;
    }

    /// <summary>Lists a server's tools and ends its item, with the tools or the error.</summary>
    public async Task EndListAsync(string label, int index, CancellationToken cancellationToken)
    {
        (IList<McpListToolsTool>? tools, string? error) = await Session(label).ListToolsAsync(cancellationToken).ConfigureAwait(false);
        if (tools is not null)
        {
            McpTool server = _servers[label];
            tools = [.. tools.Where(t => McpToolPolicy.IsAllowed(server, t))];
            if (tools.Count > _options.MaxToolsPerServer)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"MCP server '{label}' offers {tools.Count} tools, more than the limit of {_options.MaxToolsPerServer}; select them with allowed_tools.");
                tools = null;
            }
        }

        var item = new McpListToolsItem { Id = ItemId(index), ServerLabel = label, Tools = tools ?? [], Error = error };
        if (error is null)
        {
            _tools[label] = item.Tools;
            Writer.WriteEvent(new ResponseMcpListToolsCompletedEvent { ItemId = item.Id, OutputIndex = index });
        }
        else
        {
            Writer.WriteEvent(new ResponseMcpListToolsFailedEvent { ItemId = item.Id, OutputIndex = index });
        }

        Writer.EndItem(index, item);
    }

    /// <summary>Approved calls (an approving <c>mcp_approval_response</c> in the input) that have not run yet.</summary>
    public IReadOnlyList<McpApprovalRequestItem> ApprovedCalls()
    {
        var executed = _input.OfType<McpCallItem>().Select(c => c.ApprovalRequestId).Where(id => id is not null).ToHashSet(StringComparer.Ordinal);
        var approved = _input.OfType<McpApprovalResponseItem>().Where(r => r.Approve).Select(r => r.ApprovalRequestId).ToHashSet(StringComparer.Ordinal);
        return [.. _input.OfType<McpApprovalRequestItem>().Where(r => r.Id is { } id && approved.Contains(id) && !executed.Contains(id))];
    }

    /// <summary>
    /// Resolves a model's function call to an MCP tool, or <see langword="null"/> when it is an ordinary function.
    /// </summary>
    public (string ServerLabel, string ToolName, bool NeedsApproval)? Resolve(FunctionCallItem call)
    {
        if (call.Name is null || !_names.TryResolve(call.Name, out string label, out string tool))
        {
            return null;
        }

        McpListToolsTool? listed = _tools.GetValueOrDefault(label)?.FirstOrDefault(t => t.Name == tool);
        return (label, tool, listed is null || McpToolPolicy.NeedsApproval(_servers[label], listed));
    }

    /// <summary>Adds an <c>mcp_approval_request</c> for a call (the response then ends, waiting for the answer).</summary>
    public void AddApprovalRequest(string label, string tool, string arguments) =>
        Writer.AddItem(new McpApprovalRequestItem { Id = ResponseIds.New("mcpr"), ServerLabel = label, Name = tool, Arguments = arguments });

    /// <summary>Begins an <c>mcp_call</c> item: added, in progress, its arguments.</summary>
    public int BeginCall(string label, string tool, string arguments, string? approvalRequestId)
    {
        string id = ResponseIds.New("mcp");
        int index = Writer.BeginItem(new McpCallItem { Id = id, ServerLabel = label, Name = tool, Arguments = string.Empty, Status = ItemStatus.InProgress, ApprovalRequestId = approvalRequestId });
        Writer.WriteEvent(new ResponseMcpCallInProgressEvent { ItemId = id, OutputIndex = index });
        if (arguments.Length > 0)
        {
            Writer.WriteEvent(new ResponseMcpCallArgumentsDeltaEvent { ItemId = id, OutputIndex = index, Delta = arguments });
        }

        Writer.WriteEvent(new ResponseMcpCallArgumentsDoneEvent { ItemId = id, OutputIndex = index, Arguments = arguments });
        return index;
    }

    /// <summary>Runs the call and ends its item with the output or the error.</summary>
    public async Task EndCallAsync(int index, string label, string tool, string arguments, string? approvalRequestId, CancellationToken cancellationToken)
    {
        (string? output, McpCallError? error) = await Session(label).CallAsync(tool, arguments, cancellationToken).ConfigureAwait(false);
        string id = ItemId(index);
        var item = new McpCallItem
        {
            Id = id,
            ServerLabel = label,
            Name = tool,
            Arguments = arguments,
            Output = output,
            Error = error,
            Status = error is null ? ItemStatus.Completed : ItemStatus.Failed,
            ApprovalRequestId = approvalRequestId,
        };
        Writer.WriteEvent(error is null
            ? new ResponseMcpCallCompletedEvent { ItemId = id, OutputIndex = index }
            : new ResponseMcpCallFailedEvent { ItemId = id, OutputIndex = index });
        Writer.EndItem(index, item, item.Status);
    }

    /// <summary>The request for the next model turn: the conversation so far in a form any model reads, the MCP tools as functions.</summary>
    public CreateResponseRequest ModelRequest(bool streaming)
    {
        CreateResponseRequest model = _request.Clone();
        var tools = new List<ResponseTool>();
        foreach (ResponseTool tool in _request.Tools ?? [])
        {
            if (tool is not McpTool server)
            {
                tools.Add(tool);
                continue;
            }

            foreach (McpListToolsTool listed in _tools.GetValueOrDefault(server.ServerLabel!) ?? [])
            {
                if (listed.Name is null)
                {
                    continue;
                }

                tools.Add(new FunctionTool
                {
                    Name = _names.Add(server.ServerLabel!, listed.Name),
                    Description = Describe(server, listed),
                    Parameters = listed.InputSchema is { ValueKind: JsonValueKind.Object } schema ? schema : EmptyObjectSchema,
                    Strict = false,
                });
            }
        }

        model.Tools = tools;
        model.ToolChoice = _request.ToolChoice?.Tool is McpToolChoice choice
            ? choice.Name is { } name && choice.ServerLabel is { } label ? ToolChoice.Function(_names.Add(label, name)) : ToolChoice.Required
            : _request.ToolChoice;
        model.Input = new ResponseInput(McpModelInput.Convert(_input.Concat(Writer.Response.Output), _names));
        model.Stream = streaming ? true : _request.Stream;
        return model;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (McpServerSession session in _sessions.Values)
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static string Describe(McpTool server, McpListToolsTool tool) =>
        server.ServerDescription is { Length: > 0 } about
            ? $"{tool.Description} (MCP server '{server.ServerLabel}': {about})"
            : tool.Description ?? string.Empty;

    private string ItemId(int index) => Writer.Response.Output[index].Id!;

    private McpServerSession Session(string label)
    {
        if (!_sessions.TryGetValue(label, out McpServerSession? session))
        {
            session = new McpServerSession(_servers[label], _options, _http, _time);
            _sessions[label] = session;
        }

        return session;
    }

    // Every approval answered must be one the conversation holds, for a server the request still has.
    private void CheckApprovals()
    {
        var requests = _input.OfType<McpApprovalRequestItem>().Where(r => r.Id is not null).ToDictionary(r => r.Id!, StringComparer.Ordinal);
        foreach (McpApprovalResponseItem response in _input.OfType<McpApprovalResponseItem>())
        {
            if (response.ApprovalRequestId is not { } id || !requests.TryGetValue(id, out McpApprovalRequestItem? request))
            {
                throw McpErrors.BadRequest($"The mcp_approval_response answers '{response.ApprovalRequestId}', which is no mcp_approval_request of this conversation.", "input");
            }

            if (response.Approve && (request.ServerLabel is null || !_servers.ContainsKey(request.ServerLabel)))
            {
                throw McpErrors.BadRequest($"The approved call '{id}' is for MCP server '{request.ServerLabel}', which is not among this request's tools.", "tools");
            }
        }
    }
}
