using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Responses.Providers.Middleware.Cost;

namespace Responses.Providers.Middleware.Telemetry;

/// <summary>
/// Middleware that traces and measures create calls following the OpenTelemetry GenAI semantic conventions, with
/// the same names as Microsoft.Extensions.AI's <c>OpenTelemetryChatClient</c>: a client span <c>"chat {model}"</c>
/// (<c>gen_ai.operation.name</c>, <c>gen_ai.provider.name</c>, <c>gen_ai.request.model</c>,
/// <c>gen_ai.response.model</c>, <c>gen_ai.response.id</c>, <c>gen_ai.response.finish_reasons</c>,
/// <c>gen_ai.usage.input_tokens</c>/<c>output_tokens</c>, <c>error.type</c>) and the metrics named in
/// <see cref="ResponsesTelemetry"/>. Message content is never recorded (use the logging middleware's opt-in).
/// </summary>
/// <remarks>Put it outside <c>UseCost()</c> so the cost attribute and counter see <c>usage.cost</c>.</remarks>
public sealed class OpenTelemetryResponsesClient : DelegatingResponsesClient
{
    private readonly ActivitySource _activitySource;
    private readonly Meter _meter;
    private readonly Histogram<double> _duration;
    private readonly Histogram<int> _tokens;
    private readonly Histogram<double> _timeToFirstChunk;
    private readonly Counter<double> _cost;
    private readonly OpenTelemetryOptions _options;
    private readonly TimeProvider _time;
    private readonly string? _providerName;
    private readonly string? _serverAddress;
    private readonly int _serverPort;
    private readonly string? _defaultModel;

    /// <summary>Initializes the middleware.</summary>
    /// <param name="innerClient">The rest of the pipeline.</param>
    /// <param name="sourceName">The <c>ActivitySource</c> and <c>Meter</c> name; <see langword="null"/> for <see cref="ResponsesTelemetry.DefaultSourceName"/>.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    public OpenTelemetryResponsesClient(IResponsesClient innerClient, string? sourceName = null, OpenTelemetryOptions? options = null)
        : base(innerClient)
    {
        _options = options ?? new OpenTelemetryOptions();
        _time = _options.TimeProvider ?? TimeProvider.System;
        if (innerClient.GetService(typeof(ResponsesClientMetadata)) is ResponsesClientMetadata metadata)
        {
            _providerName = ResponsesTelemetry.ToSemanticProviderName(metadata.ProviderName);
            _serverAddress = metadata.ProviderUri?.Host;
            _serverPort = metadata.ProviderUri?.Port ?? 0;
            _defaultModel = metadata.DefaultModelId;
        }

        string name = string.IsNullOrEmpty(sourceName) ? ResponsesTelemetry.DefaultSourceName : sourceName;
        _activitySource = new ActivitySource(name);
        _meter = new Meter(name);
        _duration = _meter.CreateHistogram<double>(
            ResponsesTelemetry.OperationDurationMetric, "s", "Measures the duration of a GenAI operation",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = ResponsesTelemetry.DurationBuckets });
        _tokens = _meter.CreateHistogram<int>(
            ResponsesTelemetry.TokenUsageMetric, "{token}", "Measures number of input and output tokens used",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = ResponsesTelemetry.TokenBuckets });
        _timeToFirstChunk = _meter.CreateHistogram<double>(
            ResponsesTelemetry.TimeToFirstChunkMetric, "s", "Measures the time to receive the first chunk in a streaming operation",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = ResponsesTelemetry.DurationBuckets });
        _cost = _meter.CreateCounter<double>(ResponsesTelemetry.CostMetric, "USD", "Cost of priced responses (usage.cost.total_cost)");
    }

    /// <inheritdoc />
    public override async Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using Activity? activity = StartActivity(request);
        long started = _time.GetTimestamp();
        Response? response = null;
        Exception? error = null;
        try
        {
            response = await InnerClient.CreateResponseAsync(request, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch (Exception ex)
        {
            error = ex;
            throw;
        }
        finally
        {
            Record(activity, request, response, error, started, timeToFirstChunk: null);
        }
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using Activity? activity = StartActivity(request);
        long started = _time.GetTimestamp();
        IAsyncEnumerator<ResponseStreamEvent> events;
        try
        {
            events = InnerClient.CreateResponseStreamingAsync(request, cancellationToken).GetAsyncEnumerator(cancellationToken);
        }
        catch (Exception ex)
        {
            Record(activity, request, null, ex, started, null);
            throw;
        }

        Response? final = null;
        Exception? error = null;
        double? firstChunk = null;
        try
        {
            while (true)
            {
                try
                {
                    if (!await events.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (Exception ex)
                {
                    error = ex;
                    throw;
                }

                firstChunk ??= _time.GetElapsedTime(started).TotalSeconds;
                ResponseStreamEvent e = events.Current;
                final = TerminalEvent.ResponseOf(e) ?? final;
                yield return e;

                // The consumer's code ran with its own Activity.Current; this span stays the parent of the next MoveNext.
                if (activity is not null)
                {
                    Activity.Current = activity;
                }
            }
        }
        finally
        {
            Record(activity, request, final, error, started, firstChunk);
            await events.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    /// <remarks>Returns the <see cref="ActivitySource"/> and the <see cref="Meter"/> of this client.</remarks>
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? base.GetService(serviceType, serviceKey)
            : serviceType == typeof(ActivitySource) ? _activitySource
            : serviceType == typeof(Meter) ? _meter
            : base.GetService(serviceType, serviceKey);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _activitySource.Dispose();
            _meter.Dispose();
        }

        base.Dispose(disposing);
    }

    private Activity? StartActivity(CreateResponseRequest request)
    {
        if (!_activitySource.HasListeners())
        {
            return null;
        }

        string? model = request.Model ?? _defaultModel;
        Activity? activity = _activitySource.StartActivity(
            string.IsNullOrEmpty(model) ? ResponsesTelemetry.ChatOperationName : $"{ResponsesTelemetry.ChatOperationName} {model}",
            ActivityKind.Client);
        if (activity is not { IsAllDataRequested: true })
        {
            return activity;
        }

        activity.SetTag("gen_ai.operation.name", ResponsesTelemetry.ChatOperationName)
            .SetTag("gen_ai.request.model", model)
            .SetTag("gen_ai.provider.name", _providerName)
            .SetTag("gen_ai.system", _providerName);
        if (_serverAddress is not null)
        {
            activity.SetTag("server.address", _serverAddress).SetTag("server.port", _serverPort);
        }

        SetIfNotNull(activity, "gen_ai.request.max_tokens", request.MaxOutputTokens);
        SetIfNotNull(activity, "gen_ai.request.temperature", request.Temperature);
        SetIfNotNull(activity, "gen_ai.request.top_p", request.TopP);
        SetIfNotNull(activity, "gen_ai.conversation.id", request.PreviousResponseId);
        foreach ((string key, object? value) in IdentityTags(request))
        {
            activity.SetTag(key, value);
        }

        if (request.Metadata is { Count: > 0 } metadata)
        {
            foreach (string key in _options.MetadataTagKeys)
            {
                if (metadata.TryGetValue(key, out string? value))
                {
                    activity.SetTag(ResponsesTelemetry.MetadataAttributePrefix + key, value);
                }
            }
        }

        return activity;
    }

    private void Record(Activity? activity, CreateResponseRequest request, Response? response, Exception? error, long started, double? timeToFirstChunk)
    {
        double seconds = _time.GetElapsedTime(started).TotalSeconds;
        string? errorType = error is null ? null : ErrorTypeOf(error);
        TagList tags = MetricTags(request, response);
        if (_duration.Enabled)
        {
            TagList durationTags = tags;
            if (errorType is not null)
            {
                durationTags.Add("error.type", errorType);
            }

            _duration.Record(seconds, durationTags);
        }

        if (timeToFirstChunk is { } first && _timeToFirstChunk.Enabled)
        {
            _timeToFirstChunk.Record(first, tags);
        }

        ResponseUsage? usage = response?.Usage;
        if (usage is not null && _tokens.Enabled)
        {
            TagList input = tags;
            input.Add("gen_ai.token.type", "input");
            _tokens.Record(checked((int)Math.Min(usage.InputTokens, int.MaxValue)), input);
            TagList output = tags;
            output.Add("gen_ai.token.type", "output");
            _tokens.Record(checked((int)Math.Min(usage.OutputTokens, int.MaxValue)), output);
        }

        if (usage?.Cost is { } cost && _cost.Enabled)
        {
            _cost.Add((double)cost.TotalCost, tags);
        }

        if (activity is { IsAllDataRequested: true })
        {
            TagResponse(activity, response, errorType, error);
        }
    }

    private static void TagResponse(Activity activity, Response? response, string? errorType, Exception? error)
    {
        if (response is not null)
        {
            SetIfNotNull(activity, "gen_ai.response.id", response.Id);
            SetIfNotNull(activity, "gen_ai.response.model", response.Model);
            if (FinishReasonOf(response) is { } reason)
            {
                activity.SetTag("gen_ai.response.finish_reasons", new[] { reason });
            }

            if (response.Usage is { } usage)
            {
                activity.SetTag("gen_ai.usage.input_tokens", usage.InputTokens)
                    .SetTag("gen_ai.usage.output_tokens", usage.OutputTokens);
                if (usage.InputTokensDetails is { CachedTokens: > 0 } details)
                {
                    activity.SetTag("gen_ai.usage.cache_read.input_tokens", details.CachedTokens);
                }

                if (usage.Cost is { } cost)
                {
                    activity.SetTag(ResponsesTelemetry.CostAttribute, (double)cost.TotalCost);
                }
            }

            if (response.Status == ResponseStatus.Failed && errorType is null)
            {
                errorType = response.Error?.Code ?? "failed";
                activity.SetStatus(ActivityStatusCode.Error, SecretRedactor.Redact(response.Error?.Message));
            }
        }

        if (errorType is not null)
        {
            activity.SetTag("error.type", errorType);
            if (error is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error, SecretRedactor.Redact(error.Message));
            }
        }
    }

    private TagList MetricTags(CreateResponseRequest request, Response? response)
    {
        var tags = new TagList
        {
            { "gen_ai.operation.name", ResponsesTelemetry.ChatOperationName },
            { "gen_ai.request.model", request.Model ?? _defaultModel },
        };
        if (_providerName is not null)
        {
            tags.Add("gen_ai.provider.name", _providerName);
        }

        if (response?.Model is { } responseModel)
        {
            tags.Add("gen_ai.response.model", responseModel);
        }

        if (_serverAddress is not null)
        {
            tags.Add("server.address", _serverAddress);
            tags.Add("server.port", _serverPort);
        }

        foreach (KeyValuePair<string, object?> tag in IdentityTags(request))
        {
            tags.Add(tag);
        }

        return tags;
    }

    private IEnumerable<KeyValuePair<string, object?>> IdentityTags(CreateResponseRequest request)
    {
        if (_options.IncludeApiKeyId && CallIdentity.ApiKeyId is { } key)
        {
            yield return new(ResponsesTelemetry.ApiKeyIdAttribute, key);
        }

        if (_options.IncludeUserId && CallIdentity.EndUser(request) is { } user)
        {
            yield return new(ResponsesTelemetry.UserIdAttribute, user);
        }
    }

    // The semantic conventions' finish reasons: stop, length, content_filter, tool_call, error.
    private static string? FinishReasonOf(Response response)
    {
        if (response.Status == ResponseStatus.Completed)
        {
            return response.Output.Any(i => i is FunctionCallItem or CustomToolCallItem) ? "tool_call" : "stop";
        }

        if (response.Status == ResponseStatus.Incomplete)
        {
            return response.IncompleteDetails?.Reason switch
            {
                "max_output_tokens" => "length",
                "content_filter" => "content_filter",
                string other => other,
                null => "length",
            };
        }

        return response.Status == ResponseStatus.Failed ? "error" : null;
    }

    private static string ErrorTypeOf(Exception error) => error switch
    {
        ResponsesException r => r.ErrorCode ?? r.ErrorType ?? r.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
        OperationCanceledException => "cancelled",
        _ => error.GetType().FullName ?? error.GetType().Name,
    };

    private static void SetIfNotNull(Activity activity, string name, object? value)
    {
        if (value is not null)
        {
            activity.SetTag(name, value);
        }
    }
}
