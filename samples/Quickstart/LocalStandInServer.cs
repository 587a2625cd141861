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
/// without a key. It writes its answers with the library's own <see cref="ResponseWriter"/>.
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
        string input = request.Input?.ToItems() is { } items
            ? string.Join(" ", items.OfType<MessageItem>().Select(m => m.Content?.GetText()))
            : string.Empty;

        var writer = new ResponseWriter(new Response { Model = request.Model, Instructions = null }, emitEvents: request.Stream == true);
        int message = writer.BeginMessage();
        foreach (string word in $"You said: {input}".Split(' '))
        {
            writer.AppendOutputText(message, word + " ");
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
