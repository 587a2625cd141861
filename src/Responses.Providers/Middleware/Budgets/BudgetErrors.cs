namespace Responses.Providers.Middleware.Budgets;

/// <summary>The 429 errors of the budgets middleware, in the OpenAI error shape.</summary>
public static class BudgetErrors
{
    /// <summary>The error code when a rate limit (RPM, TPM) is reached.</summary>
    public const string RateLimitExceeded = "rate_limit_exceeded";

    /// <summary>The error code when a spend budget is used up.</summary>
    public const string BudgetExceeded = "budget_exceeded";

    internal static ResponsesException RateLimited(BudgetSubject subject, string limit, TimeSpan retryAfter) =>
        Create(
            $"Rate limit reached for {Describe(subject)}: {limit}. Try again in {Math.Ceiling(retryAfter.TotalSeconds)} s.",
            RateLimitExceeded,
            retryAfter);

    internal static ResponsesException OverBudget(BudgetSubject subject, decimal spent, decimal budget, TimeSpan? retryAfter) =>
        Create(
            $"Budget exceeded for {Describe(subject)}: spent ${Dollars(spent)} of ${Dollars(budget)}" +
            (retryAfter is { } wait ? $"; the budget resets in {Math.Ceiling(wait.TotalSeconds)} s." : "; the budget does not reset."),
            BudgetExceeded,
            retryAfter);

    // Without trailing zeros: 0.00300000 prints as 0.003.
    private static string Dollars(decimal amount) => (amount / 1.000000000000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(BudgetSubject subject) =>
        subject.Kind == BudgetSubjectKind.ApiKey ? $"API key '{subject.Id}'" : $"user '{subject.Id}'";

    private static ResponsesException Create(string message, string code, TimeSpan? retryAfter) =>
        new(message, 429, new ApiError { Message = message, Type = ResponsesErrorTypes.RateLimit, Code = code })
        {
            RetryAfter = retryAfter,

            // Waiting helps a rate limit; the caller (not a retry layer below) decides, so this is marked retriable
            // only when a reset time is known.
            IsRetriable = retryAfter is not null,
        };
}
