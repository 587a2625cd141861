using Responses.Providers.Middleware.Cost;
using Responses.Providers.Routing;

namespace Responses.Gateway.Pipelines;

/// <summary>What <see cref="GatewayPipelines"/> builds the pipelines with, besides the config and the store.</summary>
internal sealed class GatewayPipelineOptions
{
    /// <summary>Builds the providers (default: <see cref="ResponsesProviderFactory.CreateDefault"/>).</summary>
    public ResponsesProviderFactory? Factory { get; init; }

    /// <summary>Wraps each provider, innermost (tests inject failures and capture requests with it).</summary>
    public Func<IResponsesClient, IResponsesClient>? WrapProvider { get; init; }

    /// <summary>The clock of retries, cooldowns, rate windows, budget periods, spend and telemetry.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The random source of load balancing and retry jitter (a seeded one makes tests reproducible), or <see langword="null"/> for a shared one.</summary>
    public Random? Random { get; init; }

    /// <summary>The gateway's one spend ledger: every deployment's cost middleware records into it and budgets read it.</summary>
    public required ISpendLedger Ledger { get; init; }

    /// <summary>The virtual keys (per-key budgets and rate limits).</summary>
    public required IVirtualKeyStore Keys { get; init; }

    /// <summary>The logger factory of the logging middleware.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }
}
