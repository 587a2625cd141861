using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Responses.Providers.Middleware.Cost;

namespace Responses.Providers.Middleware.Telemetry;

/// <summary>
/// Middleware that logs every create call with <see cref="ILogger"/> (source-generated messages, event ids 6200–6299):
/// a summary when it starts (<c>Debug</c>), when it finishes (<c>Information</c>: id, status, model, duration,
/// tokens, <c>usage.cost</c>, <c>user</c>, <c>safety_identifier</c>, metadata keys) and when it fails (<c>Warning</c>).
/// </summary>
/// <remarks>
/// Secrets never reach the log: exception objects are not logged (their messages can quote a key), error messages
/// and header values go through <see cref="SecretRedactor"/>, and sensitive headers are replaced outright. Message
/// content is logged only with <see cref="LoggingOptions.LogContent"/>. Put it outside <c>UseCost()</c> to log costs.
/// </remarks>
public sealed class LoggingResponsesClient : DelegatingResponsesClient
{
    private readonly ILogger _logger;
    private readonly LoggingOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Initializes the middleware.</summary>
    /// <param name="innerClient">The rest of the pipeline.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    public LoggingResponsesClient(IResponsesClient innerClient, ILogger logger, LoggingOptions? options = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
        _options = options ?? new LoggingOptions();
        _time = _options.TimeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public override async Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        long started = LogStart(request, "create");
        try
        {
            Response response = await InnerClient.CreateResponseAsync(request, cancellationToken).ConfigureAwait(false);
            LogCompleted(request, response, started);
            return response;
        }
        catch (Exception ex)
        {
            LogFailure(request, "create", ex, started);
            throw;
        }
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        long started = LogStart(request, "stream");
        IAsyncEnumerator<ResponseStreamEvent> events;
        try
        {
            events = InnerClient.CreateResponseStreamingAsync(request, cancellationToken).GetAsyncEnumerator(cancellationToken);
        }
        catch (Exception ex)
        {
            LogFailure(request, "stream", ex, started);
            throw;
        }

        await using (events.ConfigureAwait(false))
        {
            while (true)
            {
                ResponseStreamEvent e;
                try
                {
                    if (!await events.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }

                    e = events.Current;
                }
                catch (Exception ex)
                {
                    LogFailure(request, "stream", ex, started);
                    throw;
                }

                if (TerminalEvent.ResponseOf(e) is { } final)
                {
                    LogCompleted(request, final, started);
                }

                yield return e;
            }
        }
    }

    /// <inheritdoc />
    public override async Task<Response> GetResponseAsync(string responseId, GetResponseOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await InnerClient.GetResponseAsync(responseId, options, cancellationToken).ConfigureAwait(false);
        }
        catch (ResponsesException ex)
        {
            LogOperationFailure("get", responseId, ex);
            throw;
        }
    }

    /// <inheritdoc />
    public override async Task<DeleteResponseResult> DeleteResponseAsync(string responseId, CancellationToken cancellationToken = default)
    {
        try
        {
            return await InnerClient.DeleteResponseAsync(responseId, cancellationToken).ConfigureAwait(false);
        }
        catch (ResponsesException ex)
        {
            LogOperationFailure("delete", responseId, ex);
            throw;
        }
    }

    /// <inheritdoc />
    public override async Task<Response> CancelResponseAsync(string responseId, CancellationToken cancellationToken = default)
    {
        try
        {
            return await InnerClient.CancelResponseAsync(responseId, cancellationToken).ConfigureAwait(false);
        }
        catch (ResponsesException ex)
        {
            LogOperationFailure("cancel", responseId, ex);
            throw;
        }
    }

    private long LogStart(CreateResponseRequest request, string operation)
    {
        long started = _time.GetTimestamp();
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            ResponsesLog.Started(_logger, operation, request.Model, operation == "stream", CallIdentity.ApiKeyId, request.User, request.SafetyIdentifier, Metadata(request.Metadata));
            if (_options.LogContent)
            {
                string content = ResponsesJson.Serialize(new CreateResponseRequest { Instructions = request.Instructions, Input = request.Input });
                ResponsesLog.RequestContent(_logger, SecretRedactor.Redact(content)!);
            }
        }

        return started;
    }

    private void LogCompleted(CreateResponseRequest request, Response response, long started)
    {
        if (_logger.IsEnabled(LogLevel.Information))
        {
            ResponsesLog.Completed(
                _logger, response.Id, response.Status?.Value, response.Model ?? request.Model, Elapsed(started),
                response.Usage?.InputTokens, response.Usage?.OutputTokens, response.Usage?.Cost?.TotalCost,
                request.User, request.SafetyIdentifier, Metadata(request.Metadata));
        }

        if (_options.LogContent && _logger.IsEnabled(LogLevel.Debug))
        {
            ResponsesLog.ResponseContent(_logger, response.Id, SecretRedactor.Redact(ResponsesJson.Serialize(response.Output))!);
        }
    }

    private void LogFailure(CreateResponseRequest request, string operation, Exception exception, long started)
    {
        if (exception is OperationCanceledException)
        {
            ResponsesLog.Cancelled(_logger, operation, request.Model, Elapsed(started));
            return;
        }

        var failure = exception as ResponsesException;
        string? headers = failure?.Error.Headers is { Count: > 0 } h
            ? string.Join(", ", h.Select(kv => $"{kv.Key}: {SecretRedactor.RedactHeader(kv.Key, kv.Value)}"))
            : null;
        ResponsesLog.Failed(
            _logger, operation, request.Model, Elapsed(started), failure?.StatusCode ?? 0, failure?.ErrorType, failure?.ErrorCode,
            exception.GetType().Name, SecretRedactor.Redact(failure?.Error.Message ?? exception.Message), request.User, failure?.RequestId, headers);
    }

    private void LogOperationFailure(string operation, string responseId, ResponsesException exception) =>
        ResponsesLog.OperationFailed(_logger, operation, responseId, exception.StatusCode, exception.ErrorType, exception.ErrorCode, SecretRedactor.Redact(exception.Error.Message));

    private string? Metadata(IDictionary<string, string>? metadata)
    {
        if (metadata is not { Count: > 0 })
        {
            return null;
        }

        return _options.LogMetadataValues
            ? SecretRedactor.Redact(string.Join(", ", metadata.Select(kv => $"{kv.Key}={kv.Value}")))
            : string.Join(", ", metadata.Keys);
    }

    private long Elapsed(long started) => (long)_time.GetElapsedTime(started).TotalMilliseconds;
}
