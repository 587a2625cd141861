using Microsoft.Extensions.Logging;

namespace Responses.Providers.Middleware.Telemetry;

/// <summary>The log messages of <see cref="LoggingResponsesClient"/> (event ids 6200–6299).</summary>
internal static partial class ResponsesLog
{
    [LoggerMessage(EventId = 6200, Level = LogLevel.Debug,
        Message = "{Operation} model {Model} (stream {Stream}, api key {ApiKeyId}, user {User}, safety_identifier {SafetyIdentifier}, metadata {Metadata})")]
    public static partial void Started(ILogger logger, string operation, string? model, bool stream, string? apiKeyId, string? user, string? safetyIdentifier, string? metadata);

    [LoggerMessage(EventId = 6201, Level = LogLevel.Information,
        Message = "Response {ResponseId} {Status} from model {Model} in {DurationMs} ms: {InputTokens} input, {OutputTokens} output tokens, cost {Cost} (user {User}, safety_identifier {SafetyIdentifier}, metadata {Metadata})")]
    public static partial void Completed(ILogger logger, string? responseId, string? status, string? model, long durationMs, long? inputTokens, long? outputTokens, decimal? cost, string? user, string? safetyIdentifier, string? metadata);

    [LoggerMessage(EventId = 6202, Level = LogLevel.Warning,
        Message = "{Operation} model {Model} failed after {DurationMs} ms: {StatusCode} {ErrorType} {ErrorCode} {ExceptionType}: {ErrorMessage} (user {User}, provider request id {RequestId}, headers {Headers})")]
    public static partial void Failed(ILogger logger, string operation, string? model, long durationMs, int statusCode, string? errorType, string? errorCode, string exceptionType, string? errorMessage, string? user, string? requestId, string? headers);

    [LoggerMessage(EventId = 6203, Level = LogLevel.Debug, Message = "{Operation} model {Model} cancelled after {DurationMs} ms")]
    public static partial void Cancelled(ILogger logger, string operation, string? model, long durationMs);

    [LoggerMessage(EventId = 6204, Level = LogLevel.Debug, Message = "Request content: {Content}")]
    public static partial void RequestContent(ILogger logger, string content);

    [LoggerMessage(EventId = 6205, Level = LogLevel.Debug, Message = "Response {ResponseId} content: {Content}")]
    public static partial void ResponseContent(ILogger logger, string? responseId, string content);

    [LoggerMessage(EventId = 6206, Level = LogLevel.Debug, Message = "{Operation} {ResponseId} failed: {StatusCode} {ErrorType} {ErrorCode}: {ErrorMessage}")]
    public static partial void OperationFailed(ILogger logger, string operation, string responseId, int statusCode, string? errorType, string? errorCode, string? errorMessage);
}
