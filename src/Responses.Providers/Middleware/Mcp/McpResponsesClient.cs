using System.Runtime.CompilerServices;
using Responses.Providers.OpenAI;
using Responses.Providers.Streaming;

namespace Responses.Providers.Middleware.Mcp;

/// <summary>
/// Middleware that runs <c>mcp</c> tools for providers without hosted MCP: it lists each server's tools
/// (<c>mcp_list_tools</c>), shows them to the model as functions, and turns the model's calls into
/// <c>mcp_approval_request</c> items (the response ends; the client answers with <c>mcp_approval_response</c>)
/// or executed <c>mcp_call</c> items, looping model ↔ tools until the model answers. One response, one stream:
/// every MCP item goes through the <see cref="ResponseWriter"/>, the model's own events are re-numbered into it.
/// </summary>
/// <remarks>
/// Sits inside the state middleware (<c>.UseResponseStore()</c> before <c>.UseMcp()</c>), which turns
/// <c>previous_response_id</c> into the conversation this middleware reads its tool lists and approvals from.
/// </remarks>
public sealed partial class McpResponsesClient : DelegatingResponsesClient
{
    private readonly McpResponsesClientOptions _options;
    private readonly McpServerUrlPolicy _policy;
    private readonly HttpClient _http;
    private readonly TimeProvider _time;

    /// <summary>Initializes the middleware.</summary>
    /// <param name="innerClient">The provider (or the rest of the pipeline).</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    public McpResponsesClient(IResponsesClient innerClient, McpResponsesClientOptions? options = null)
        : base(innerClient)
    {
        _options = options ?? new McpResponsesClientOptions();
        if (_options.MaxRounds < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxRounds must be at least 1.");
        }

        _policy = new McpServerUrlPolicy(_options.AllowedServerUrlPrefixes);
        _time = _options.TimeProvider ?? TimeProvider.System;
        HttpMessageHandler handler = _options.HttpHandlerFactory?.Invoke(_policy)
            ?? new SocketsHttpHandler { AllowAutoRedirect = false, ConnectCallback = _policy.CreateConnectCallback(), PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>The URL policy applied to every request's <c>server_url</c>.</summary>
    public McpServerUrlPolicy UrlPolicy => _policy;

    /// <inheritdoc />
    public override async Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Applies(request))
        {
            return await InnerClient.CreateResponseAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var writer = new ResponseWriter(Shell(request), emitEvents: false);
        await foreach (ResponseStreamEvent _ in RunAsync(request, writer, streaming: false, cancellationToken).ConfigureAwait(false))
        {
        }

        return writer.Response;
    }

    /// <inheritdoc />
    public override IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Applies(request)
            ? RunAsync(request, new ResponseWriter(Shell(request)), streaming: true, cancellationToken)
            : InnerClient.CreateResponseStreamingAsync(request, cancellationToken);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _http.Dispose();
        }

        base.Dispose(disposing);
    }

    // Requests with mcp tools, or a conversation holding MCP items, unless the provider below runs MCP itself.
    private bool Applies(CreateResponseRequest request)
    {
        bool hasMcp = request.Tools?.Any(t => t is McpTool) == true
            || request.Input?.Items?.Any(i => i is McpListToolsItem or McpCallItem or McpApprovalRequestItem or McpApprovalResponseItem) == true;
        return hasMcp && (_options.EmulateOnHostedProviders || InnerClient.GetService(typeof(OpenAIResponsesClient)) is null);
    }

    private Response Shell(CreateResponseRequest request)
    {
        CreateResponseRequest echo = request.Clone();
        echo.Tools = McpSecrets.Redact(request.Tools);
        string? model = request.Model ?? (InnerClient.GetService(typeof(ResponsesClientMetadata)) as ResponsesClientMetadata)?.DefaultModelId;
        return ResponseEcho.FromRequest(echo, model ?? string.Empty);
    }

    private async IAsyncEnumerable<ResponseStreamEvent> RunAsync(CreateResponseRequest request, ResponseWriter writer, bool streaming, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Refusals (URL policy, unknown approvals) are thrown before anything is written.
        await using McpRun run = await McpRun.CreateAsync(request, _options, _policy, _http, _time, writer, cancellationToken).ConfigureAwait(false);
        var sink = new EventSink(writer);
        writer.Start();
        foreach (ResponseStreamEvent e in sink.Drain())
        {
            yield return e;
        }

        foreach (string label in run.ServersToList())
        {
            int index = run.BeginList(label);
            foreach (ResponseStreamEvent e in sink.Drain())
            {
                yield return e;
            }

            await run.EndListAsync(label, index, cancellationToken).ConfigureAwait(false);
            foreach (ResponseStreamEvent e in sink.Drain())
            {
                yield return e;
            }
        }

        foreach (McpApprovalRequestItem approved in run.ApprovedCalls())
        {
            string arguments = approved.Arguments ?? "{}";
            int index = run.BeginCall(approved.ServerLabel!, approved.Name ?? string.Empty, arguments, approved.Id);
            foreach (ResponseStreamEvent e in sink.Drain())
            {
                yield return e;
            }

            await run.EndCallAsync(index, approved.ServerLabel!, approved.Name ?? string.Empty, arguments, approved.Id, cancellationToken).ConfigureAwait(false);
            foreach (ResponseStreamEvent e in sink.Drain())
            {
                yield return e;
            }
        }

        var usage = new UsageTotal();
        for (int round = 1; ; round++)
        {
            var turn = new ModelTurn();
            CreateResponseRequest modelRequest = run.ModelRequest(streaming);
            if (round == _options.MaxRounds)
            {
                // The last turn allowed: the model must answer now (as OpenAI's max_tool_calls makes it).
                modelRequest.ToolChoice = ToolChoice.None;
            }

            IAsyncEnumerable<ResponseStreamEvent> steps = streaming
                ? StreamTurnAsync(run, sink, modelRequest, turn, cancellationToken)
                : CreateTurnAsync(run, modelRequest, turn, cancellationToken);
            await foreach (ResponseStreamEvent e in steps.ConfigureAwait(false))
            {
                yield return e;
            }

            usage.Add(turn.Usage);
            if (turn.Error is not null || turn.IncompleteReason is not null || turn.StopsLoop || turn.ExecutedCalls == 0 || round >= _options.MaxRounds)
            {
                Finish(writer, turn, usage);
                break;
            }
        }

        foreach (ResponseStreamEvent e in sink.Drain())
        {
            yield return e;
        }
    }

    private static void Finish(ResponseWriter writer, ModelTurn turn, UsageTotal usage)
    {
        usage.ApplyTo(writer);
        if (turn.Error is { } error)
        {
            writer.Fail(error.Code ?? "server_error", error.Message ?? "The model failed.");
        }
        else if (turn.IncompleteReason is { } reason)
        {
            writer.Incomplete(reason);
        }
        else
        {
            writer.Complete();
        }
    }
}
