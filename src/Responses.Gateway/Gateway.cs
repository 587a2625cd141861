using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Responses.Providers.Routing;
using Responses.Storage.Sqlite;

namespace Responses.Gateway;

/// <summary>The pipelines of the configured deployments, by model_name, over one shared store.</summary>
internal sealed class GatewayPipelines : IDisposable
{
    private readonly List<(Deployment Deployment, IResponsesClient Client)> _pipelines = [];

    public GatewayPipelines(GatewayConfig config, IResponseStore store, ResponsesProviderFactory? factory = null)
    {
        factory ??= ResponsesProviderFactory.CreateDefault();
        for (int i = 0; i < config.Deployments.Count; i++)
        {
            Deployment deployment = config.Deployments[i];
            IResponsesClient provider;
            try
            {
                provider = factory.Create(deployment.Model, deployment.Settings);
            }
            catch (ArgumentException e)
            {
                throw new GatewayConfigException(string.Create(CultureInfo.InvariantCulture,
                    $"Config error: 'model_list[{i}].litellm_params.model' (line {deployment.Line}): {e.Message}"));
            }

            _pipelines.Add((deployment, provider.AsBuilder().UseResponseStore(store).Build()));
        }
    }

    public IEnumerable<string> ModelNames => _pipelines.Select(p => p.Deployment.ModelName).Distinct(StringComparer.Ordinal);

    /// <summary>Any pipeline: they share the store, so each can read, delete and cancel every stored response.</summary>
    public IResponsesClient Default => _pipelines[0].Client;

    /// <summary>The first deployment of a model_name (no load balancing across deployments yet).</summary>
    public (Deployment Deployment, IResponsesClient Client)? Find(string? modelName) =>
        _pipelines.FirstOrDefault(p => string.Equals(p.Deployment.ModelName, modelName, StringComparison.Ordinal)) is { Client: not null } found ? found : null;

    public void Dispose()
    {
        foreach ((_, IResponsesClient client) in _pipelines)
        {
            client.Dispose();
        }
    }
}

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
        builder.Services.AddGatewayMetrics();

        WebApplication app = builder.Build();
        app.UseGatewayMetrics();
        ILogger logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Responses.Gateway");
        if (string.IsNullOrEmpty(config.MasterKey))
        {
            logger.LogWarning("No general_settings.master_key: the gateway runs open (no authentication).");
        }

        app.Use(async (context, next) =>
        {
            string path = context.Request.Path.Value ?? string.Empty;
            if (path.StartsWith("/health", StringComparison.Ordinal))
            {
                await next(context);
                return;
            }

            string owner = string.Empty;
            if (!string.IsNullOrEmpty(config.MasterKey))
            {
                string? header = context.Request.Headers.Authorization;
                string? presented = header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
                if (presented is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(config.MasterKey)))
                {
                    await WriteErrorAsync(context, 401, presented is null ? "Missing bearer token: send 'Authorization: Bearer <key>'." : "Invalid API key.",
                        "invalid_request_error", null, "invalid_api_key");
                    return;
                }

                owner = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
            }

            using (ResponsesCallContext.BeginScope(owner))
            {
                try
                {
                    await next(context);
                }
                catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
                {
                    logger.LogError(e, "Unhandled error on {Method} {Path}.", context.Request.Method, context.Request.Path);
                    await WriteErrorAsync(context, 500, "The gateway failed to process the request.", "server_error", null, null);
                }
            }
        });

        foreach (string prefix in new[] { "/v1", string.Empty })
        {
            app.MapPost(prefix + "/responses", CreateAsync);
            app.MapGet(prefix + "/responses/{id}", GetAsync);
            app.MapDelete(prefix + "/responses/{id}", (HttpContext c, string id, GatewayPipelines p) =>
                RunAsync(c, async ct => await WriteJsonAsync(c, 200, await p.Default.DeleteResponseAsync(id, ct), ct)));
            app.MapPost(prefix + "/responses/{id}/cancel", (HttpContext c, string id, GatewayPipelines p) =>
                RunAsync(c, async ct => await WriteJsonAsync(c, 200, await p.Default.CancelResponseAsync(id, ct), ct)));
            app.MapGet(prefix + "/responses/{id}/input_items", ListInputItemsAsync);
            app.MapGet(prefix + "/models", ModelsAsync);
            app.MapChatCompletions(prefix);
        }

        app.MapGet("/health/liveliness", () => Results.Text("\"I'm alive!\"", "application/json"));
        app.MapGet("/health/readiness", () => Results.Text("{\"status\":\"healthy\",\"db\":\"connected\"}", "application/json"));
        app.MapFallback((HttpContext c) => WriteErrorAsync(c, 404, $"Unknown route {c.Request.Method} {c.Request.Path}.", "invalid_request_error", null, "not_found"));
        app.Lifetime.ApplicationStopped.Register(() =>
        {
            pipelines.Dispose();
            store.Dispose();
        });
        return app;
    }

    private static async Task CreateAsync(HttpContext context, GatewayPipelines pipelines)
    {
        CancellationToken ct = context.RequestAborted;
        CreateResponseRequest? request;
        try
        {
            request = await ResponsesJson.DeserializeAsync<CreateResponseRequest>(context.Request.Body, ct);
        }
        catch (JsonException e)
        {
            string? field = FieldOf(e.Path);
            string message = field is null ? $"Invalid JSON body: {e.Message}" : $"Invalid value for '{field}': {e.Message}";
            await WriteErrorAsync(context, 400, message, "invalid_request_error", field, null);
            return;
        }

        if (request is null)
        {
            await WriteErrorAsync(context, 400, "The request body must be a JSON object.", "invalid_request_error", null, null);
            return;
        }

        if (string.IsNullOrEmpty(request.Model))
        {
            await WriteErrorAsync(context, 400, "Missing required parameter: 'model'.", "invalid_request_error", "model", "missing_required_parameter");
            return;
        }

        if (pipelines.Find(request.Model) is not { } found)
        {
            await WriteErrorAsync(context, 404, $"The model '{request.Model}' does not exist on this gateway. Available: {string.Join(", ", pipelines.ModelNames)}.",
                "invalid_request_error", "model", "model_not_found");
            return;
        }

        // The provider gets the deployment's model; the caller's model_name only picks the deployment.
        request.Model = found.Deployment.Model[(found.Deployment.Model.IndexOf('/', StringComparison.Ordinal) + 1)..];
        if (request.Stream == true)
        {
            await StreamAsync(context, found.Client.CreateResponseStreamingAsync(request, ct), ct);
        }
        else
        {
            await RunAsync(context, async token => await WriteJsonAsync(context, 200, await found.Client.CreateResponseAsync(request, token), token));
        }
    }

    private static async Task GetAsync(HttpContext context, string id, GatewayPipelines pipelines)
    {
        IQueryCollection query = context.Request.Query;
        var options = new GetResponseOptions();
        if (query.TryGetValue("include", out var include) || query.TryGetValue("include[]", out include))
        {
            options.Include = include.Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToList();
        }

        if (query["starting_after"] is { Count: > 0 } sa)
        {
            if (!int.TryParse(sa[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out int startingAfter))
            {
                await WriteErrorAsync(context, 400, "'starting_after' must be an integer.", "invalid_request_error", "starting_after", null);
                return;
            }

            options.StartingAfter = startingAfter;
        }

        if (string.Equals(query["stream"], "true", StringComparison.OrdinalIgnoreCase))
        {
            await StreamAsync(context, pipelines.Default.GetResponseStreamingAsync(id, options, context.RequestAborted), context.RequestAborted);
        }
        else
        {
            await RunAsync(context, async ct => await WriteJsonAsync(context, 200, await pipelines.Default.GetResponseAsync(id, options, ct), ct));
        }
    }

    private static async Task ListInputItemsAsync(HttpContext context, string id, GatewayPipelines pipelines)
    {
        IQueryCollection query = context.Request.Query;
        var options = new ListInputItemsOptions { Order = query["order"], After = query["after"] };
        if (query["limit"] is { Count: > 0 } limit)
        {
            if (!int.TryParse(limit[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
            {
                await WriteErrorAsync(context, 400, "'limit' must be an integer.", "invalid_request_error", "limit", null);
                return;
            }

            options.Limit = value;
        }

        await RunAsync(context, async ct => await WriteJsonAsync(context, 200, await pipelines.Default.ListInputItemsAsync(id, options, ct), ct));
    }

    private static async Task ModelsAsync(HttpContext context, GatewayPipelines pipelines)
    {
        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Encoder = ResponsesJson.Options.Encoder });
        writer.WriteStartObject();
        writer.WriteString("object", "list");
        writer.WriteStartArray("data");
        foreach (string name in pipelines.ModelNames)
        {
            writer.WriteStartObject();
            writer.WriteString("id", name);
            writer.WriteString("object", "model");
            writer.WriteNumber("created", 0);
            writer.WriteString("owned_by", "responses-gateway");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }

    private static async Task StreamAsync(HttpContext context, IAsyncEnumerable<ResponseStreamEvent> events, CancellationToken ct)
    {
        IAsyncEnumerator<ResponseStreamEvent> enumerator = events.GetAsyncEnumerator(ct);
        try
        {
            bool any;
            try
            {
                any = await enumerator.MoveNextAsync();
            }
            catch (ResponsesException e)
            {
                await WriteErrorAsync(context, e.StatusCode, e.ToErrorResponse());
                return;
            }

            context.Response.StatusCode = 200;
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache";
            context.Response.Headers["X-Accel-Buffering"] = "no";
            context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            int lastSequence = -1;
            try
            {
                while (any)
                {
                    ResponseStreamEvent e = enumerator.Current;
                    lastSequence = e.SequenceNumber;
                    await WriteEventAsync(context, e, ct);
                    any = await enumerator.MoveNextAsync();
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                ApiError error = e is ResponsesException re ? re.Error : new ApiError { Message = "The stream failed.", Type = "server_error" };
                var errorEvent = new ResponseErrorEvent { Code = error.Code ?? error.Type, Message = error.Message, Param = error.Param, SequenceNumber = lastSequence + 1 };
                await WriteEventAsync(context, errorEvent, CancellationToken.None);
            }
        }
        finally
        {
            await enumerator.DisposeAsync();
        }
    }

    private static async Task WriteEventAsync(HttpContext context, ResponseStreamEvent e, CancellationToken ct)
    {
        byte[] data = ResponsesJson.SerializeToUtf8Bytes(e);
        var body = context.Response.Body;
        await body.WriteAsync(Encoding.UTF8.GetBytes($"event: {e.Type}\ndata: "), ct);
        await body.WriteAsync(data, ct);
        await body.WriteAsync("\n\n"u8.ToArray(), ct);
        await body.FlushAsync(ct);
    }

    private static async Task RunAsync(HttpContext context, Func<CancellationToken, Task> action)
    {
        try
        {
            await action(context.RequestAborted);
        }
        catch (ResponsesException e) when (!context.Response.HasStarted)
        {
            await WriteErrorAsync(context, e.StatusCode, e.ToErrorResponse());
        }
    }

    private static async Task WriteJsonAsync<T>(HttpContext context, int status, T value, CancellationToken ct)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(ResponsesJson.SerializeToUtf8Bytes(value), ct);
    }

    internal static Task WriteErrorAsync(HttpContext context, int status, string message, string type, string? param, string? code) =>
        WriteErrorAsync(context, status, new ApiErrorResponse { Error = new ApiError { Message = message, Type = type, Param = param, Code = code } });

    private static async Task WriteErrorAsync(HttpContext context, int status, ApiErrorResponse error)
    {
        context.Response.StatusCode = status is >= 400 and <= 599 ? status : 502;
        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Encoder = ResponsesJson.Options.Encoder });
        ApiError e = error.Error ?? new ApiError();
        writer.WriteStartObject();
        writer.WriteStartObject("error");
        writer.WriteString("message", e.Message ?? "Error.");
        writer.WriteString("type", e.Type ?? "server_error");
        Nullable("param", e.Param);
        Nullable("code", e.Code);
        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(CancellationToken.None);

        void Nullable(string name, string? value)
        {
            if (value is null)
            {
                writer.WriteNull(name);
            }
            else
            {
                writer.WriteString(name, value);
            }
        }
    }

    /// <summary>The top-level field of a JSON path (<c>$.input[0].content</c> → <c>input</c>), or null.</summary>
    private static string? FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$" || !path.StartsWith("$.", StringComparison.Ordinal))
        {
            return null;
        }

        string rest = path[2..];
        int end = rest.IndexOfAny(['.', '[']);
        return end < 0 ? rest : rest[..end];
    }
}
