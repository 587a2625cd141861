using System.Globalization;
using Responses.Gateway.Endpoints;
using Responses.Gateway.Http;
using Responses.Storage.Sqlite;

namespace Responses.Gateway;

/// <summary>Builds the gateway web application: parse, authenticate, pick the pipeline, write JSON or SSE.</summary>
internal static class Gateway
{
    public static WebApplication Build(GatewayConfig config, string[] args, string defaultUrl = "http://127.0.0.1:4000")
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args);
        string? urls = builder.Configuration["urls"];
        if (string.IsNullOrEmpty(urls))
        {
            string? host = builder.Configuration["host"];
            string? port = builder.Configuration["port"];
            var uri = new UriBuilder(defaultUrl);
            if (!string.IsNullOrEmpty(host))
            {
                uri.Host = host;
            }

            if (!string.IsNullOrEmpty(port))
            {
                uri.Port = int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out int p)
                    ? p
                    : throw new GatewayConfigException($"--port '{port}' is not a port number.");
            }

            builder.WebHost.UseUrls(uri.Uri.ToString().TrimEnd('/'));
        }

        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var store = new SqliteResponseStore(new SqliteResponseStoreOptions { ConnectionString = $"Data Source={config.DatabasePath}" });
        var pipelines = new GatewayPipelines(config, store);
        builder.Services.AddSingleton(pipelines);
        builder.Services.AddSingleton(config);

        WebApplication app = builder.Build();
        ILogger logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Responses.Gateway");
        if (string.IsNullOrEmpty(config.MasterKey))
        {
            logger.LogWarning("No general_settings.master_key: the gateway runs open (no authentication).");
        }

        app.UseGatewayAuthentication(config, logger);

        // Every route is served with and without the /v1 prefix, as LiteLLM does.
        foreach (string prefix in new[] { "/v1", string.Empty })
        {
            app.MapResponses(prefix);
            app.MapModels(prefix);
        }

        app.MapHealth();
        app.MapFallback((HttpContext c) => GatewayErrors.WriteAsync(c, 404, $"Unknown route {c.Request.Method} {c.Request.Path}.", "invalid_request_error", null, "not_found"));
        app.Lifetime.ApplicationStopped.Register(() =>
        {
            pipelines.Dispose();
            store.Dispose();
        });
        return app;
    }
}
