using System.Text.Json;

namespace Responses.Gateway.Http;

/// <summary>Writes errors in the OpenAI shape (<c>{"error":{"message","type","param","code"}}</c>).</summary>
internal static class GatewayErrors
{
    /// <summary>Writes an error built from its parts.</summary>
    public static Task WriteAsync(HttpContext context, int status, string message, string type, string? param, string? code) =>
        WriteAsync(context, status, new ApiErrorResponse { Error = new ApiError { Message = message, Type = type, Param = param, Code = code } });

    /// <summary>Writes an error; a status outside 4xx/5xx becomes 502 (an upstream said something we cannot pass on).</summary>
    public static async Task WriteAsync(HttpContext context, int status, ApiErrorResponse error)
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

    /// <summary>Writes a failure with its status and OpenAI body, plus <c>Retry-After</c> when it says when to retry (429s from budgets, the balancer or a provider).</summary>
    public static Task WriteAsync(HttpContext context, ResponsesException failure)
    {
        GatewayHeaders.AddRetryAfter(context, failure);
        return WriteAsync(context, failure.StatusCode, failure.ToErrorResponse());
    }

    /// <summary>Runs a handler, turning a <see cref="ResponsesException"/> thrown before the first byte into its error response.</summary>
    public static async Task RunAsync(HttpContext context, Func<CancellationToken, Task> action)
    {
        try
        {
            await action(context.RequestAborted);
        }
        catch (ResponsesException e) when (!context.Response.HasStarted)
        {
            await WriteAsync(context, e);
        }
    }

    /// <summary>The top-level field of a JSON path (<c>$.input[0].content</c> → <c>input</c>), or null.</summary>
    public static string? FieldOf(string? path)
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
