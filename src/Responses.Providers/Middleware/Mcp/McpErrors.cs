namespace Responses.Providers.Middleware.Mcp;

/// <summary>The errors of the MCP middleware, in the OpenAI error shape.</summary>
internal static class McpErrors
{
    public static ResponsesException BadRequest(string message, string? param, string? code = null) =>
        new(message, 400, new ApiError { Message = message, Type = ResponsesErrorTypes.InvalidRequest, Param = param, Code = code });
}
