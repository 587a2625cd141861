using System.Text.Json;
using Responses.Providers.Anthropic.Wire;

namespace Responses.Providers.Anthropic;

/// <summary>
/// Collects usage from <c>message_start</c> and the cumulative <c>message_delta</c> values (a later value
/// replaces an earlier one) and converts it to OpenAI's shape.
/// </summary>
internal sealed class AnthropicUsageAccumulator
{
    private long? _input;
    private long? _output;
    private long? _cacheRead;
    private long? _cacheWrite;
    private JsonElement? _cacheCreation;
    private JsonElement? _outputDetails;

    public void Add(AnthropicUsage? usage)
    {
        if (usage is null)
        {
            return;
        }

        _input = usage.InputTokens ?? _input;
        _output = usage.OutputTokens ?? _output;
        _cacheRead = usage.CacheReadInputTokens ?? _cacheRead;
        _cacheWrite = usage.CacheCreationInputTokens ?? _cacheWrite;
        if (usage.CacheCreation is { ValueKind: JsonValueKind.Object } creation)
        {
            _cacheCreation = creation.Clone();
        }

        if (usage.OutputTokensDetails is { ValueKind: JsonValueKind.Object } details)
        {
            _outputDetails = details.Clone();
        }
    }

    /// <summary>
    /// OpenAI counts cached tokens inside <c>input_tokens</c>; Anthropic reports cache reads and writes apart from
    /// it, so they are added back to keep totals comparable. Cache writes become <c>cache_write_tokens</c>, and
    /// their breakdown by lifetime (<c>cache_creation</c>) is kept as an additional property of the input details.
    /// </summary>
    public ResponseUsage ToResponseUsage()
    {
        long cacheRead = _cacheRead ?? 0;
        long cacheWrite = _cacheWrite ?? 0;
        long input = (_input ?? 0) + cacheRead + cacheWrite;
        long output = _output ?? 0;
        var inputDetails = new InputTokensDetails { CachedTokens = cacheRead, CacheWriteTokens = cacheWrite };
        if (_cacheCreation is { } creation)
        {
            inputDetails.SetAdditionalProperty("cache_creation", creation);
        }

        long reasoning = _outputDetails is { } details && details.TryGetProperty("thinking_tokens", out JsonElement thinking) && thinking.TryGetInt64(out long t) ? t : 0;
        return new ResponseUsage
        {
            InputTokens = input,
            InputTokensDetails = inputDetails,
            OutputTokens = output,
            OutputTokensDetails = new OutputTokensDetails { ReasoningTokens = reasoning },
            TotalTokens = input + output,
        };
    }
}
