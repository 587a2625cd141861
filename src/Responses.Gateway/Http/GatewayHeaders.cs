using System.Globalization;

namespace Responses.Gateway.Http;

/// <summary>Response headers that report how a call was served, written before the first byte of the body.</summary>
internal static class GatewayHeaders
{
    /// <summary>LiteLLM's header naming the deployment (<c>model_info.id</c>) that served.</summary>
    public const string LiteLLMModelId = "x-litellm-model-id";

    /// <summary>LiteLLM's header with the serving deployment's <c>api_base</c>.</summary>
    public const string LiteLLMModelApiBase = "x-litellm-model-api-base";

    /// <summary>LiteLLM's count of retries.</summary>
    public const string LiteLLMAttemptedRetries = "x-litellm-attempted-retries";

    /// <summary>LiteLLM's count of fallbacks.</summary>
    public const string LiteLLMAttemptedFallbacks = "x-litellm-attempted-fallbacks";

    /// <summary>
    /// Sets <see cref="ResponsesServedBy.HeaderName"/> and LiteLLM's <c>x-litellm-model-id</c>,
    /// <c>x-litellm-model-api-base</c>, <c>x-litellm-attempted-retries</c> and <c>x-litellm-attempted-fallbacks</c>
    /// from what the middleware recorded (nothing when the response has started or nothing was recorded).
    /// </summary>
    public static void AddServedBy(HttpContext context, ResponsesServedBy servedBy, GatewayPipelines pipelines)
    {
        if (context.Response.HasStarted || servedBy.HeaderValue is not { } value)
        {
            return;
        }

        IHeaderDictionary headers = context.Response.Headers;
        headers[ResponsesServedBy.HeaderName] = value;
        headers[LiteLLMModelId] = value;
        if (pipelines.DeploymentById(servedBy.Deployment)?.Settings.ApiBase is { } apiBase)
        {
            headers[LiteLLMModelApiBase] = apiBase.ToString();
        }

        headers[LiteLLMAttemptedRetries] = servedBy.Retries.ToString(CultureInfo.InvariantCulture);
        headers[LiteLLMAttemptedFallbacks] = servedBy.Fallbacks.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Sets <c>Retry-After</c> (whole seconds, rounded up) from a failure that says when to come back.</summary>
    public static void AddRetryAfter(HttpContext context, ResponsesException failure)
    {
        if (!context.Response.HasStarted && failure.RetryAfter is { } wait && wait >= TimeSpan.Zero)
        {
            context.Response.Headers.RetryAfter = ((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
    }
}
