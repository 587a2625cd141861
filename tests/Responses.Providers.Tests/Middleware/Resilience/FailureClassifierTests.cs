using Polly.Timeout;
using Responses.Providers.Middleware.LoadBalancing;
using Responses.Providers.Middleware.Retry;

namespace Responses.Providers.Tests.Middleware.Resilience;

/// <summary>The one vocabulary retry, fallback and cooldown decide on.</summary>
public class FailureClassifierTests
{
    public static TheoryData<int, string?, string?, string, ResponsesFailureKinds> Cases => new()
    {
        { 429, "requests", "rate_limit_exceeded", "Rate limit reached", ResponsesFailureKinds.RateLimit },
        { 500, "server_error", null, "boom", ResponsesFailureKinds.ServerError },
        { 502, "server_error", null, "bad gateway", ResponsesFailureKinds.ServerError },
        { 503, "server_error", "overloaded", "busy", ResponsesFailureKinds.Overloaded },
        { 529, "overloaded_error", "overloaded", "Overloaded", ResponsesFailureKinds.Overloaded },
        { 504, "server_error", null, "gateway timeout", ResponsesFailureKinds.Timeout },
        { 408, "timeout_error", "timeout", "timed out", ResponsesFailureKinds.Timeout },
        { 400, "invalid_request_error", "context_length_exceeded", "This model's maximum context length is 8192 tokens", ResponsesFailureKinds.ContextWindowExceeded },
        { 400, "invalid_request_error", null, "prompt is too long: 208310 tokens > 200000 maximum", ResponsesFailureKinds.ContextWindowExceeded },
        { 400, "invalid_request_error", null, "The input token count (1200000) exceeds the maximum number of tokens allowed (1048576).", ResponsesFailureKinds.ContextWindowExceeded },
        { 400, "invalid_request_error", "content_policy_violation", "Your request was rejected by our safety system", ResponsesFailureKinds.ContentPolicy },
        { 400, "invalid_request_error", "content_filter", "filtered", ResponsesFailureKinds.ContentPolicy },
        { 400, "invalid_request_error", "unsupported_parameter", "Unsupported parameter: 'temperature'", ResponsesFailureKinds.None },
        { 401, "authentication_error", "invalid_api_key", "bad key", ResponsesFailureKinds.None },
        { 404, "not_found_error", "model_not_found", "The model does not exist", ResponsesFailureKinds.None },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Provider_errors_are_classified_by_status_type_code_and_message(int status, string? type, string? code, string message, ResponsesFailureKinds expected)
    {
        var failure = new ResponsesException(message, status, new ApiError { Type = type, Code = code, Message = message });

        ResponsesFailureClassifier.Classify(failure).Should().Be(expected);
    }

    [Fact]
    public void Transport_failures_and_timeouts_are_classified_and_cancellation_is_not()
    {
        ResponsesFailureClassifier.Classify(new ResponsesException("could not connect", 0, null, new HttpRequestException("refused"))).Should().Be(ResponsesFailureKinds.Connection);
        ResponsesFailureClassifier.Classify(new HttpRequestException("refused")).Should().Be(ResponsesFailureKinds.Connection);
        ResponsesFailureClassifier.Classify(new IOException("reset")).Should().Be(ResponsesFailureKinds.Connection);
        ResponsesFailureClassifier.Classify(new TimeoutRejectedException()).Should().Be(ResponsesFailureKinds.Timeout);
        ResponsesFailureClassifier.Classify(new OperationCanceledException()).Should().Be(ResponsesFailureKinds.None);
    }

    [Theory]
    [InlineData("rate_limit_exceeded", null, 429, ResponsesFailureKinds.RateLimit)]
    [InlineData("server_error", null, 500, ResponsesFailureKinds.ServerError)]
    [InlineData("invalid_prompt", "prompt is too long: 300000 tokens > 200000 maximum", 400, ResponsesFailureKinds.ContextWindowExceeded)]
    [InlineData("invalid_prompt", "bad prompt", 400, ResponsesFailureKinds.None)]
    public void In_stream_failures_become_exceptions_of_the_same_classes(string code, string? message, int status, ResponsesFailureKinds kinds)
    {
        ResponsesException failure = ResponsesFailureClassifier.FromStreamFailure(code, message);

        failure.StatusCode.Should().Be(status);
        failure.ErrorCode.Should().Be(code);
        ResponsesFailureClassifier.Classify(failure).Should().Be(kinds);
    }

    [Theory]
    [InlineData("simple-shuffle", LoadBalancingStrategy.WeightedRandom)]
    [InlineData("least-busy", LoadBalancingStrategy.LeastBusy)]
    [InlineData("latency-based-routing", LoadBalancingStrategy.LowestLatency)]
    [InlineData("usage-based-routing", LoadBalancingStrategy.UsageBased)]
    [InlineData("Usage-Based-Routing-V2", LoadBalancingStrategy.UsageBased)]
    public void LiteLLM_routing_strategy_names_are_read(string name, LoadBalancingStrategy strategy)
    {
        LoadBalancingStrategyNames.TryParse(name, out LoadBalancingStrategy parsed).Should().BeTrue();
        parsed.Should().Be(strategy);
    }

    [Fact]
    public void An_unknown_routing_strategy_name_is_refused()
    {
        LoadBalancingStrategyNames.TryParse("cost-based-routing", out _).Should().BeFalse();
    }

    [Fact]
    public async Task The_served_by_tracker_is_scoped_and_restores_the_outer_one()
    {
        ResponsesServedBy.Current.Should().BeNull();
        using (ResponsesServedBy outer = ResponsesServedBy.Track())
        {
            using (ResponsesServedBy inner = ResponsesServedBy.Track())
            {
                await Task.Run(() => ResponsesServedBy.Current!.RecordAttempt("deployment-1", "model-1"));
                inner.HeaderValue.Should().Be("deployment-1", "code running below the caller writes into the caller's tracker");
            }

            ResponsesServedBy.Current.Should().BeSameAs(outer);
            outer.HeaderValue.Should().BeNull();
        }

        ResponsesServedBy.Current.Should().BeNull();
    }
}
