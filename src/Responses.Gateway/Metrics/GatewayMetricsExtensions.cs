using OpenTelemetry.Metrics;

namespace Responses.Gateway;

/// <summary>Prometheus <c>/metrics</c> for the gateway (OpenTelemetry with the Prometheus exporter).</summary>
internal static class GatewayMetricsExtensions
{
    /// <summary>
    /// The meters exported: ASP.NET Core's own (requests, Kestrel connections), outgoing HTTP (the upstream calls),
    /// the library's <c>Responses</c> meter (the telemetry middleware) and the gateway's <see cref="GatewayMetrics"/>.
    /// </summary>
    public static readonly string[] MeterNames =
        ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "Responses", GatewayMetrics.MeterName];

    /// <summary>Registers the meter provider with the Prometheus exporter and the gateway's instruments.</summary>
    public static IServiceCollection AddGatewayMetrics(this IServiceCollection services)
    {
        services.AddSingleton<GatewayMetrics>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(MeterNames).AddPrometheusExporter());
        return services;
    }

    /// <summary>
    /// Serves <c>GET /metrics</c> and counts every other request. Call it before authentication: like LiteLLM (which
    /// runs no auth on <c>/metrics</c> unless <c>require_auth_for_metrics_endpoint</c> is set), the scrape needs no key.
    /// </summary>
    public static WebApplication UseGatewayMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseOpenTelemetryPrometheusScrapingEndpoint();
        GatewayMetrics metrics = app.Services.GetRequiredService<GatewayMetrics>();
        app.Use((context, next) => metrics.InvokeAsync(context, next));
        return app;
    }
}
