using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Responses.Providers.Middleware.Cost;

/// <summary>
/// Middleware that prices every finished response: it adds <c>usage.cost</c> (<see cref="ResponseUsageCost"/>) to
/// responses and to the terminal stream event, and counts spend per model, API key and end user in an
/// <see cref="ISpendLedger"/> (returned by <c>GetService</c>). A model without a known price gets no invented
/// number: the cost stays <see langword="null"/> and a warning is logged once per model.
/// </summary>
/// <remarks>
/// The model is looked up as the response names it (the served snapshot, for example <c>gpt-4o-2024-08-06</c>),
/// then as the request names it; <see cref="CostClientOptions.PriceOverrides"/> win over the table. Put telemetry
/// and logging outside this middleware so they see the cost.
/// </remarks>
public sealed class CostResponsesClient : DelegatingResponsesClient
{
    private readonly CostClientOptions _options;
    private readonly ModelPriceTable _overrides;
    private readonly ISpendLedger _ledger;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly string? _provider;
    private readonly ConcurrentDictionary<string, bool> _warned = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Initializes the middleware.</summary>
    /// <param name="innerClient">The provider (or the rest of the pipeline).</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <param name="ledger">The ledger when <see cref="CostClientOptions.Ledger"/> is not set, or <see langword="null"/> for a new in-memory one.</param>
    /// <param name="loggerFactory">The logger factory when <see cref="CostClientOptions.LoggerFactory"/> is not set.</param>
    public CostResponsesClient(IResponsesClient innerClient, CostClientOptions? options = null, ISpendLedger? ledger = null, ILoggerFactory? loggerFactory = null)
        : base(innerClient)
    {
        _options = options ?? new CostClientOptions();
        _overrides = new ModelPriceTable(_options.PriceOverrides);
        _time = _options.TimeProvider ?? TimeProvider.System;
        _ledger = _options.Ledger ?? ledger ?? new InMemorySpendLedger(timeProvider: _time);
        _logger = (_options.LoggerFactory ?? loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<CostResponsesClient>();
        _provider = (innerClient.GetService(typeof(ResponsesClientMetadata)) as ResponsesClientMetadata)?.ProviderName;
    }

    /// <summary>The ledger spend is counted in.</summary>
    public ISpendLedger Ledger => _ledger;

    /// <inheritdoc />
    public override async Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Response response = await InnerClient.CreateResponseAsync(request, cancellationToken).ConfigureAwait(false);
        return await PriceAsync(request, response, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await foreach (ResponseStreamEvent e in InnerClient.CreateResponseStreamingAsync(request, cancellationToken).ConfigureAwait(false))
        {
            if (TerminalEvent.ResponseOf(e) is { } final)
            {
                Response priced = await PriceAsync(request, final, cancellationToken).ConfigureAwait(false);
                yield return ReferenceEquals(priced, final) ? e : TerminalEvent.WithResponse(e, priced);
            }
            else
            {
                yield return e;
            }
        }
    }

    /// <summary>Finds the price of a model: overrides first, then the table.</summary>
    /// <param name="model">The model id.</param>
    /// <returns>The price, or <see langword="null"/> when unknown.</returns>
    public ModelPrice? FindPrice(string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        ModelPrice? price = _options.Prices.TryGetPrice(_provider, model, out ModelPrice basePrice) ? basePrice : null;
        if (_overrides.TryGetPrice(_provider, model, out ModelPrice overridePrice))
        {
            price = price is null ? overridePrice : price.With(overridePrice);
        }

        if (_options.PipelinePrice is { } pipelinePrice)
        {
            price = price is null ? pipelinePrice : price.With(pipelinePrice);
        }

        return price;
    }

    /// <inheritdoc />
    /// <remarks>Returns the ledger for <see cref="ISpendLedger"/>.</remarks>
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is null && serviceType.IsInstanceOfType(_ledger) && serviceType != typeof(object) ? _ledger : base.GetService(serviceType, serviceKey);
    }

    private async ValueTask<Response> PriceAsync(CreateResponseRequest request, Response response, CancellationToken cancellationToken)
    {
        if (response.Usage is not { } usage)
        {
            return response;
        }

        string? model = response.Model ?? request.Model;
        ModelPrice? price = null;
        foreach (string? candidate in new[] { response.Model, request.Model })
        {
            if (candidate is { Length: > 0 } && (price = FindPrice(candidate)) is not null)
            {
                break;
            }
        }

        price ??= _options.PipelinePrice;
        ResponseUsageCost? cost = price is null ? null : CostCalculator.Compute(usage, price);
        if (cost is null && model is not null && _warned.TryAdd(model, true))
        {
            CostLog.UnknownPrice(_logger, model, _provider);
        }

        await RecordAsync(request, response, usage, model, cost, cancellationToken).ConfigureAwait(false);
        if (cost is null || !_options.AddCostToUsage)
        {
            return response;
        }

        // Copies: the inner client's objects (perhaps stored or shared) are never changed.
        var pricedUsage = (ResponseUsage)usage.ShallowClone();
        pricedUsage.Cost = cost;
        var priced = (Response)response.ShallowClone();
        priced.Usage = pricedUsage;
        return priced;
    }

    private async ValueTask RecordAsync(CreateResponseRequest request, Response response, ResponseUsage usage, string? model, ResponseUsageCost? cost, CancellationToken cancellationToken)
    {
        if (model is null)
        {
            return;
        }

        var record = new SpendRecord
        {
            Timestamp = _time.GetUtcNow(),
            Model = model,
            RequestedModel = request.Model,
            Provider = _provider,
            ResponseId = response.Id,
            ApiKeyId = CallIdentity.ApiKeyId,
            EndUser = CallIdentity.EndUser(request),
            InputTokens = usage.InputTokens,
            OutputTokens = usage.OutputTokens,
            Cost = cost?.TotalCost,
        };
        try
        {
            await _ledger.RecordAsync(record, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Spend accounting must not turn a served response into a failure.
            CostLog.LedgerFailed(_logger, response.Id, ex);
        }
    }
}
