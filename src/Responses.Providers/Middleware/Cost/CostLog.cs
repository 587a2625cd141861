using Microsoft.Extensions.Logging;

namespace Responses.Providers.Middleware.Cost;

internal static partial class CostLog
{
    [LoggerMessage(EventId = 6100, Level = LogLevel.Warning,
        Message = "No price is known for model '{Model}' (provider '{Provider}'); usage.cost is left out and spend is counted without a cost. Add it to the price table or configure model_info prices. This warning is logged once per model.")]
    public static partial void UnknownPrice(ILogger logger, string model, string? provider);

    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning, Message = "Recording spend for response '{ResponseId}' failed.")]
    public static partial void LedgerFailed(ILogger logger, string? responseId, Exception exception);
}
