using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace Responses.Gateway.Http;

/// <summary>
/// The authentication middleware: the bearer token is the master key or a virtual key (looked up by its SHA-256 hash);
/// it sets the store owner and the virtual key for the call, and turns unhandled and body-size errors into OpenAI errors.
/// </summary>
internal static class GatewayAuthentication
{
    /// <summary>Adds the middleware; health routes stay open.</summary>
    public static void UseGatewayAuthentication(this WebApplication app, GatewayConfig config, IVirtualKeyStore keys, TimeProvider time, ILogger logger)
    {
        byte[]? masterKey = string.IsNullOrEmpty(config.MasterKey) ? null : Encoding.UTF8.GetBytes(config.MasterKey);
        app.Use(async (context, next) =>
        {
            string path = context.Request.Path.Value ?? string.Empty;
            if (path.StartsWith("/health", StringComparison.Ordinal))
            {
                await next(context);
                return;
            }

            GatewayCaller caller = GatewayCaller.Open;
            if (masterKey is not null)
            {
                string? presented = BearerOf(context.Request);
                if (presented is null)
                {
                    await GatewayErrors.WriteAsync(context, 401, "Missing bearer token: send 'Authorization: Bearer <key>'.", "invalid_request_error", null, "invalid_api_key");
                    return;
                }

                string hash = VirtualKeyHash.Of(presented);
                if (CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), masterKey))
                {
                    caller = new GatewayCaller { IsAdmin = true, Owner = hash };
                }
                else if (await keys.GetAsync(hash, context.RequestAborted) is not { } key)
                {
                    await GatewayErrors.WriteAsync(context, 401, "Invalid API key.", "invalid_request_error", null, "invalid_api_key");
                    return;
                }
                else if (key.IsExpired(time.GetUtcNow()))
                {
                    await GatewayErrors.WriteAsync(context, 401, $"Authentication Error - Expired Key. Key expired at {key.ExpiresAt:O}.", "expired_key", null, "expired_key");
                    return;
                }
                else
                {
                    caller = new GatewayCaller { Key = key, Owner = hash };
                }
            }

            context.Features.Set(caller);
            // The key's hash is both the store owner and the identity spend, budgets and rate limits are counted against.
            using (ResponsesCallContext.BeginScope(caller.Owner))
            using (ResponsesCallContext.BeginApiKeyScope(caller.Key?.TokenHash))
            using (VirtualKeyContext.BeginScope(caller.Key))
            {
                try
                {
                    await next(context);
                }
                catch (BadHttpRequestException e) when (!context.Response.HasStarted && e.StatusCode == StatusCodes.Status413PayloadTooLarge)
                {
                    long? limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
                    await GatewayErrors.WriteAsync(context, 413, $"The request body is larger than the limit of {limit} bytes (general_settings.max_request_size_mb).",
                        "invalid_request_error", null, "request_too_large");
                }
                catch (BadHttpRequestException e) when (!context.Response.HasStarted)
                {
                    await GatewayErrors.WriteAsync(context, e.StatusCode, e.Message, "invalid_request_error", null, null);
                }
                catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
                {
                    logger.LogError(e, "Unhandled error on {Method} {Path}.", context.Request.Method, context.Request.Path);
                    await GatewayErrors.WriteAsync(context, 500, "The gateway failed to process the request.", "server_error", null, null);
                }
            }
        });
    }

    private static string? BearerOf(HttpRequest request)
    {
        string? header = request.Headers.Authorization;
        if (header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header[7..].Trim();
        }

        // LiteLLM also accepts the key in x-litellm-api-key.
        string? other = request.Headers["x-litellm-api-key"];
        return string.IsNullOrEmpty(other) ? null : other.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? other[7..].Trim() : other.Trim();
    }
}
