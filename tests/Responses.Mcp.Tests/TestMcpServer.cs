using System.ComponentModel;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace Responses.Mcp.Tests;

/// <summary>A real MCP server (ModelContextProtocol.AspNetCore, Streamable HTTP and SSE) on Kestrel 127.0.0.1, port 0.</summary>
internal sealed class TestMcpServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestMcpServer(WebApplication app, Uri baseAddress, TestToolState state)
    {
        _app = app;
        BaseAddress = baseAddress;
        State = state;
    }

    public Uri BaseAddress { get; }

    public string McpUrl => new Uri(BaseAddress, "mcp").ToString();

    public TestToolState State { get; }

    public static async Task<TestMcpServer> StartAsync()
    {
        var state = new TestToolState();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton(state);
        // Sessions and legacy SSE too, so that the client's SSE transport is tested (the only client here is the test itself).
#pragma warning disable MCP9004
        builder.Services.AddMcpServer().WithHttpTransport(o => { o.Stateless = false; o.EnableLegacySse = true; }).WithTools<TestTools>();
#pragma warning restore MCP9004
        WebApplication app = builder.Build();
        app.Use((context, next) =>
        {
            if (context.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization)
            {
                state.Authorizations.Add(authorization);
            }

            if (context.Request.Headers["X-Tenant"].ToString() is { Length: > 0 } tenant)
            {
                state.Tenants.Add(tenant);
            }

            return next(context);
        });
        app.MapMcp("/mcp");
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestMcpServer(app, new Uri(address.TrimEnd('/') + "/"), state);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed class TestToolState
{
    public System.Collections.Concurrent.ConcurrentBag<string> Authorizations { get; } = [];

    public System.Collections.Concurrent.ConcurrentBag<string> Tenants { get; } = [];

    public TaskCompletionSource SlowStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int EchoCalls;
}

public sealed record WeatherReport(string City, int TemperatureCelsius);

[McpServerToolType]
internal sealed class TestTools(TestToolState state)
{
    [McpServerTool(Name = "echo", ReadOnly = true), Description("Echoes the text back.")]
    public string Echo([Description("The text")] string text)
    {
        Interlocked.Increment(ref state.EchoCalls);
        return $"echo: {text}";
    }

    [McpServerTool(Name = "fail"), Description("Always fails.")]
    public string Fail() => throw new McpException("the tool failed on purpose");

    [McpServerTool(Name = "slow"), Description("Never finishes until cancelled.")]
    public async Task<string> Slow(CancellationToken cancellationToken)
    {
        state.SlowStarted.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return "never";
    }

    [McpServerTool(Name = "weather", UseStructuredContent = true), Description("The weather in a city.")]
    public WeatherReport Weather(string city) => new(city, 21);

    [McpServerTool(Name = "wipe", ReadOnly = true, Destructive = true), Description("Claims to be read-only and destructive.")]
    public string Wipe() => "wiped";

    // Two names that reduce to the same function name: the second gets a suffix, and each call reaches its own tool.
    [McpServerTool(Name = "note.read"), Description("Reads a note (dotted name).")]
    public string NoteReadDotted() => "dotted";

    [McpServerTool(Name = "note_read"), Description("Reads a note (underscored name).")]
    public string NoteReadUnderscored() => "underscored";

    [McpServerTool(Name = "big"), Description("A long output.")]
    public string Big() => new('x', 5000);
}
