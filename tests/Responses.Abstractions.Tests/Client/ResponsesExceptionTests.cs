namespace Responses.Abstractions.Tests.Client;

public class ResponsesExceptionTests
{
    [Theory]
    [InlineData(400, "invalid_request_error", false)]
    [InlineData(401, "authentication_error", false)]
    [InlineData(403, "permission_error", false)]
    [InlineData(404, "not_found_error", false)]
    [InlineData(408, "timeout_error", true)]
    [InlineData(422, "invalid_request_error", false)]
    [InlineData(429, "rate_limit_error", true)]
    [InlineData(500, "server_error", true)]
    [InlineData(502, "server_error", true)]
    [InlineData(503, "overloaded_error", true)]
    [InlineData(504, "timeout_error", true)]
    [InlineData(529, "overloaded_error", true)]
    [InlineData(0, "server_error", true)]
    public void Status_gives_default_type_and_retriability(int status, string type, bool retriable)
    {
        var ex = new ResponsesException("boom", status);
        ex.StatusCode.Should().Be(status);
        ex.ErrorType.Should().Be(type);
        ex.IsRetriable.Should().Be(retriable);
        ex.Error.Message.Should().Be("boom");
    }

    [Fact]
    public void Provider_error_keeps_its_type_code_and_param_and_serializes_in_the_openai_shape()
    {
        var ex = new ResponsesException("bad", 400, new ApiError { Message = "Unknown parameter", Type = "invalid_request_error", Code = "unknown_parameter", Param = "foo" })
        {
            ProviderName = "openai",
            RequestId = "req_1",
            RetryAfter = TimeSpan.FromSeconds(2),
        };

        ex.ErrorCode.Should().Be("unknown_parameter");
        ResponsesJson.Serialize(ex.ToErrorResponse()).Should().Be(
            """{"error":{"message":"Unknown parameter","type":"invalid_request_error","param":"foo","code":"unknown_parameter"}}""");
        ex.RequestId.Should().Be("req_1");
        ex.RetryAfter.Should().Be(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Missing_fields_of_a_provider_error_are_filled()
    {
        var ex = new ResponsesException("rate limited", 429, new ApiError { Code = "rate_limit_exceeded" });
        ResponsesJson.Serialize(ex.ToErrorResponse()).Should().Be(
            """{"error":{"message":"rate limited","type":"rate_limit_error","param":null,"code":"rate_limit_exceeded"}}""");
    }
}
