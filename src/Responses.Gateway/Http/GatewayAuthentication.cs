using System.Security.Cryptography;
using System.Text;

namespace Responses.Gateway.Http;

/// <summary>The authentication middleware: checks the bearer key and sets the store owner for the call.</summary>
internal static class GatewayAuthentication
{
    /// <summary>Adds the middleware; health routes stay open.</summary>
    public static void UseGatewayAuthentication(this WebApplication app, GatewayConfig config, ILogger logger)
    {
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
                    await GatewayErrors.WriteAsync(context, 401, presented is null ? "Missing bearer token: send 'Authorization: Bearer <key>'." : "Invalid API key.",
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
                    await GatewayErrors.WriteAsync(context, 500, "The gateway failed to process the request.", "server_error", null, null);
                }
            }
        });
    }
}
