namespace Responses.Gateway.Endpoints;

/// <summary>LiteLLM's health routes (no authentication).</summary>
internal static class HealthEndpoints
{
    /// <summary>Maps <c>/health/liveliness</c> and <c>/health/readiness</c> (which reads the database).</summary>
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/liveliness", () => Results.Text("\"I'm alive!\"", "application/json"));
        app.MapGet("/health/readiness", ReadinessAsync);
    }

    private static async Task<IResult> ReadinessAsync(IVirtualKeyStore keys, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        try
        {
            // A read of the key table: it fails when the database (SQLite file or PostgreSQL server) cannot be reached.
            await keys.GetAsync("readiness-probe", cancellationToken);
            return Results.Text("{\"status\":\"healthy\",\"db\":\"connected\"}", "application/json");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            loggers.CreateLogger("Responses.Gateway").LogWarning(e, "Readiness: the database is not reachable.");
            return Results.Text("{\"status\":\"unhealthy\",\"db\":\"Not connected\"}", "application/json", statusCode: 503);
        }
    }
}
