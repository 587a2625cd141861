using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Responses.Samples.DependencyInjection;

/// <summary>
/// A stand-in for Anthropic's Messages API on 127.0.0.1, so the sample runs without a key: given tools, it first
/// calls the first one (with <c>{"city":"Paris"}</c>), then answers with what the tool returned; otherwise it
/// echoes the conversation's user turns. Non-streaming only (the sample does not stream).
/// </summary>
internal sealed class AnthropicStandInServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private AnthropicStandInServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static async Task<AnthropicStandInServer> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        app.MapPost("/v1/messages", HandleAsync);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new AnthropicStandInServer(app, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static async Task HandleAsync(HttpContext context)
    {
        JsonNode request = (await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted))!;
        JsonArray messages = request["messages"]!.AsArray();
        List<JsonNode?> blocks = [.. messages.SelectMany(m => m!["content"] as JsonArray ?? [])];
        JsonNode? toolResult = blocks.LastOrDefault(b => (string?)b?["type"] == "tool_result");
        string? tool = (string?)request["tools"]?[0]?["name"];

        JsonObject content = tool is not null && toolResult is null
            ? new JsonObject { ["type"] = "tool_use", ["id"] = "toolu_" + Guid.NewGuid().ToString("N")[..8], ["name"] = tool, ["input"] = new JsonObject { ["city"] = "Paris" } }
            : new JsonObject
            {
                ["type"] = "text",
                ["text"] = toolResult is not null
                    ? $"The tool said: {ResultText(toolResult)}"
                    : "You said: " + string.Join(" ", messages.Where(m => (string?)m!["role"] == "user").SelectMany(m => m!["content"] as JsonArray ?? []).Select(b => (string?)b?["text"])),
            };

        var response = new JsonObject
        {
            ["id"] = "msg_" + Guid.NewGuid().ToString("N")[..12],
            ["type"] = "message",
            ["role"] = "assistant",
            ["model"] = (string?)request["model"],
            ["stop_reason"] = content["type"]!.GetValue<string>() == "tool_use" ? "tool_use" : "end_turn",
            ["stop_sequence"] = null,
            ["content"] = new JsonArray(content),
            ["usage"] = new JsonObject { ["input_tokens"] = 20, ["output_tokens"] = 10 },
        };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.ToJsonString(), context.RequestAborted);
    }

    private static string ResultText(JsonNode toolResult) => toolResult["content"] switch
    {
        JsonValue text => text.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => (string?)p?["text"])),
        _ => string.Empty,
    };
}
