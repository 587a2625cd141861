using Responses.Gateway.Endpoints;
using Responses.Gateway.Hosting;
using Responses.Gateway.Http;
using Responses.Gateway.Pipelines;
using Responses.Providers.Middleware.Cost;
using Responses.Storage.Postgres;
using Responses.Storage.Sqlite;

namespace Responses.Gateway;

/// <summary>Builds the gateway web application: parse, authenticate, pick the pipeline, write JSON or SSE.</summary>
internal static class Gateway
{
    /// <summary>Builds the application from a validated config and the host arguments (<c>--port</c>, <c>--host</c>, <c>--urls</c>…).</summary>
    /// <param name="config">The validated config.</param>
    /// <param name="args">The host arguments.</param>
    /// <param name="timeProvider">The clock (tests pass a fake one): keys, retries, cooldowns, rate windows, budgets.</param>
    /// <param name="wrapProvider">Wraps each provider, innermost (tests inject failures with it).</param>
    /// <param name="random">The random source of load balancing and retry jitter (tests pass a seeded one).</param>
    /// <param name="logs">An extra logger provider that sees every level (the secrets scan test captures all logs with it).</param>
    public static WebApplication Build(GatewayConfig config, string[] args, TimeProvider? timeProvider = null, Func<IResponsesClient, IResponsesClient>? wrapProvider = null, Random? random = null,
        ILoggerProvider? logs = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args);
        builder.WebHost.UseUrls(ListenAddress.Resolve(builder.Configuration, loopbackOnly: string.IsNullOrEmpty(config.MasterKey)));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = config.MaxRequestBodyBytes);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        if (logs is not null)
        {
            // A provider-specific rule wins over the category rules above: this provider sees every level of every category.
            builder.Logging.AddProvider(logs);
            builder.Services.Configure<LoggerFilterOptions>(o => o.Rules.Add(new LoggerFilterRule(logs.GetType().FullName, null, LogLevel.Trace, null)));

            // ASP.NET Core's own categories keep the gateway's level (Warning): at Information, hosting logs request URLs,
            // and LiteLLM's /key/info?key=… puts a key in the URL (docs/security.md).
            builder.Services.Configure<LoggerFilterOptions>(o => o.Rules.Add(new LoggerFilterRule(logs.GetType().FullName, "Microsoft.AspNetCore", LogLevel.Warning, null)));
        }

        (IResponseStore store, IVirtualKeyStore keys) = CreateStores(config);
        TimeProvider time = timeProvider ?? TimeProvider.System;

        // One ledger for the whole gateway: every deployment's cost middleware records into it, budgets read it, and
        // a virtual key's share is added to the key's stored spend.
        var ledger = new KeySpendLedger(new InMemorySpendLedger(timeProvider: time), keys);
        builder.Services.AddSingleton<ISpendLedger>(ledger);
        builder.Services.AddSingleton(sp => new GatewayPipelines(config, store, new GatewayPipelineOptions
        {
            Ledger = ledger,
            Keys = keys,
            Time = time,
            Random = random,
            WrapProvider = wrapProvider,
            LoggerFactory = sp.GetRequiredService<ILoggerFactory>(),
        }));
        builder.Services.AddSingleton(config);
        builder.Services.AddGatewayMetrics();
        builder.Services.AddSingleton(keys);
        builder.Services.AddSingleton(time);

        WebApplication app = builder.Build();

        // Built now, not on the first request: a config error (unknown provider, duplicate id) stops the start-up.
        GatewayPipelines pipelines = app.Services.GetRequiredService<GatewayPipelines>();

        // Before authentication: /metrics stays open (as LiteLLM's) and 401s are counted.
        app.UseGatewayMetrics();
        ILogger logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Responses.Gateway");
        if (string.IsNullOrEmpty(config.MasterKey))
        {
            logger.LogWarning("No general_settings.master_key: the gateway runs open (no authentication) and listens on loopback only.");
        }

        foreach (string warning in config.Warnings)
        {
            logger.LogWarning("Config: {Warning}", warning);
        }

        foreach (string setting in config.ParsedButNotApplied())
        {
            logger.LogWarning("Config: {Setting} parsed and validated, not applied yet (see docs/gateway.md).", setting);
        }

        app.UseGatewayAuthentication(config, keys, time, logger);

        // Every route is served with and without the /v1 prefix, as LiteLLM does.
        foreach (string prefix in new[] { "/v1", string.Empty })
        {
            app.MapResponses(prefix);
            app.MapModels(prefix);
            app.MapChatCompletions(prefix);
            app.MapConversations(prefix);
            app.MapCompact(prefix);
        }

        app.MapKeys();
        app.MapHealth();
        app.MapFallback((HttpContext c) => GatewayErrors.WriteAsync(c, 404, $"Unknown route {c.Request.Method} {c.Request.Path}.", "invalid_request_error", null, "not_found"));
        app.Lifetime.ApplicationStopped.Register(() =>
        {
            pipelines.Dispose();
            (store as IDisposable)?.Dispose();
            (keys as IDisposable)?.Dispose();
        });
        return app;
    }

    /// <summary>Writes an OpenAI-shaped error; kept here for endpoint files written against the pre-split Gateway.cs.</summary>
    internal static Task WriteErrorAsync(HttpContext context, int status, string message, string type, string? param, string? code) =>
        GatewayErrors.WriteAsync(context, status, message, type, param, code);

    /// <summary>The response store and the key store: both in the embedded SQLite file, or both in PostgreSQL.</summary>
    private static (IResponseStore Store, IVirtualKeyStore Keys) CreateStores(GatewayConfig config)
    {
        if (config.StoreKind == GatewayStoreKind.Postgres)
        {
            string connectionString = config.PostgresConnectionString!;
            return (new PostgresResponseStore(new PostgresResponseStoreOptions { ConnectionString = connectionString, Schema = config.PostgresSchema }),
                new PostgresVirtualKeyStore(connectionString, config.PostgresSchema));
        }

        string sqlite = $"Data Source={config.DatabasePath}";
        return (new SqliteResponseStore(new SqliteResponseStoreOptions { ConnectionString = sqlite }), new SqliteVirtualKeyStore(sqlite));
    }
}
