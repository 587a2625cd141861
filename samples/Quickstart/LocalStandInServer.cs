using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Responses.Providers.Streaming;

namespace Responses.Samples.Quickstart;

/// <summary>
/// A stand-in for an OpenAI Responses server on 127.0.0.1 that echoes the input, so the quickstart runs
/// without a key. Given function tools, it first calls the first one (with <c>{"city":"Paris"}</c>) and then
/// repeats what the tool returned. It writes its answers with the library's own <see cref="ResponseWriter"/>.
/// </summary>
internal sealed class LocalStandInServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalStandInServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public static async Task<LocalStandInServer> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        app.MapPost("/v1/responses", HandleAsync);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new LocalStandInServer(app, address + "/v1/");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static async Task HandleAsync(HttpContext context)
    {
        CreateResponseRequest request = await ResponsesJson.DeserializeAsync<CreateResponseRequest>(context.Request.Body, context.RequestAborted)
            ?? new CreateResponseRequest();
        IList<ResponseItem> items = request.Input?.ToItems() ?? [];
        string input = string.Join(" ", items.OfType<MessageItem>().Where(m => m.Role == MessageRole.User).Select(m => m.Content?.GetText()));

        var writer = new ResponseWriter(new Response { Model = request.Model, Instructions = null }, emitEvents: request.Stream == true);
        FunctionTool? tool = request.Tools?.OfType<FunctionTool>().FirstOrDefault();
        FunctionCallOutputItem? toolOutput = items.OfType<FunctionCallOutputItem>().LastOrDefault();
        if (tool is not null && toolOutput is null)
        {
            int call = writer.BeginFunctionCall("call_" + Guid.NewGuid().ToString("N")[..8], tool.Name!);
            writer.AppendFunctionArguments(call, "{\"city\":\"Paris\"}");
        }
        else
        {
            int message = writer.BeginMessage();
            string answer = toolOutput is not null ? $"The tool said: {toolOutput.Output?.GetText()}" : $"You said: {input}";
            foreach (string word in answer.Split(' '))
            {
                writer.AppendOutputText(message, word + " ");
            }
        }

        writer.SetUsage(new ResponseUsage { InputTokens = input.Length / 4, OutputTokens = input.Length / 4 + 2, TotalTokens = input.Length / 2 + 2 });
        writer.Complete();

        if (request.Stream != true)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(ResponsesJson.Serialize(writer.Response), context.RequestAborted);
            return;
        }

        context.Response.ContentType = "text/event-stream";
        var sse = new StringBuilder();
        foreach (ResponseStreamEvent streamEvent in writer.TakeEvents())
        {
            sse.Append("event: ").Append(streamEvent.Type).Append('\n')
               .Append("data: ").Append(ResponsesJson.Serialize(streamEvent)).Append("\n\n");
        }

        await context.Response.WriteAsync(sse.ToString(), context.RequestAborted);
    }
}
