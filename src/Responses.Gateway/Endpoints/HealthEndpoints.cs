namespace Responses.Gateway.Endpoints;

/// <summary>LiteLLM's health routes (no authentication).</summary>
internal static class HealthEndpoints
{
    /// <summary>Maps <c>/health/liveliness</c> and <c>/health/readiness</c>.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/liveliness", () => Results.Text("\"I'm alive!\"", "application/json"));
        app.MapGet("/health/readiness", () => Results.Text("{\"status\":\"healthy\",\"db\":\"connected\"}", "application/json"));
    }
}
