namespace Responses;

/// <summary>
/// What a response cost, in US dollars, as <c>usage.cost</c>. Not part of OpenAI's Responses API: it follows the
/// <c>usage.cost</c> object of Bifrost and LiteLLM (<c>input_tokens_cost</c>, <c>output_tokens_cost</c>,
/// <c>total_cost</c>), which their clients read, with the prompt-cache and reasoning parts broken out.
/// </summary>
/// <remarks>
/// The breakdowns are parts of the sums, not additions to them: <see cref="InputTokensCost"/> includes
/// <see cref="CacheReadInputTokensCost"/> and <see cref="CacheCreationInputTokensCost"/>,
/// <see cref="OutputTokensCost"/> includes <see cref="ReasoningTokensCost"/>, and
/// <see cref="TotalCost"/> is <see cref="InputTokensCost"/> plus <see cref="OutputTokensCost"/>.
/// </remarks>
public sealed class ResponseUsageCost : WireObject
{
    /// <summary>The cost of every input token (uncached, read from the cache and written to it).</summary>
    public decimal InputTokensCost { get; set; }

    /// <summary>The cost of every output token, reasoning included.</summary>
    public decimal OutputTokensCost { get; set; }

    /// <summary>The part of <see cref="InputTokensCost"/> paid for tokens read from the prompt cache, when any were.</summary>
    public decimal? CacheReadInputTokensCost { get; set; }

    /// <summary>The part of <see cref="InputTokensCost"/> paid for tokens written to the prompt cache, when any were.</summary>
    public decimal? CacheCreationInputTokensCost { get; set; }

    /// <summary>The part of <see cref="OutputTokensCost"/> paid for reasoning tokens, when any were reported.</summary>
    public decimal? ReasoningTokensCost { get; set; }

    /// <summary>The whole cost: <see cref="InputTokensCost"/> plus <see cref="OutputTokensCost"/>.</summary>
    public decimal TotalCost { get; set; }
}
