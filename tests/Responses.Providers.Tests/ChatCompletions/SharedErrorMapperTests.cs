using System.Text.Json;
using Responses.Providers.OpenAI;
using Responses.Testing;

namespace Responses.Providers.Tests.ChatCompletions;

/// <summary>The OpenAI error mapper the OpenAI-native and chat completions providers share.</summary>
public class SharedErrorMapperTests
{
    [Fact]
    public void OpenAI_errors_keep_every_field_including_unknown_ones()
    {
        ApiError error = OpenAIErrorMapper.ParseBody(Fixtures.ParseElement("""{"error":{"message":"m","type":"invalid_request_error","param":"input","code":"bad","extra":{"a":1}}}"""))!;

        error.Message.Should().Be("m");
        error.Type.Should().Be("invalid_request_error");
        error.Param.Should().Be("input");
        error.Code.Should().Be("bad");
        error.TryGetAdditionalProperty("extra", out JsonElement extra).Should().BeTrue();
        extra.GetProperty("a").GetInt32().Should().Be(1);
    }

    [Theory]
    [InlineData("""{"error":{"message":"m","code":400}}""", "m", null, "400", 400)]
    [InlineData("""{"error":"plain text"}""", "plain text", null, null, 500)]
    [InlineData("""{"object":"error","message":"m","type":"BadRequestError","code":422}""", "m", "BadRequestError", "422", 422)]
    [InlineData("""{"error":{"message":"slow","type":"rate_limit_error"}}""", "slow", "rate_limit_error", null, 429)]
    public void Compatible_error_shapes_are_read(string body, string message, string? type, string? code, int streamStatus)
    {
        JsonElement json = Fixtures.ParseElement(body);
        ApiError error = OpenAIErrorMapper.ParseBody(json)!;

        error.Message.Should().Be(message);
        error.Type.Should().Be(type);
        error.Code.Should().Be(code);
        JsonElement errorObject = json.TryGetProperty("error", out JsonElement inner) ? inner : json;
        OpenAIErrorMapper.StatusOf(errorObject, error).Should().Be(streamStatus);
    }

    [Fact]
    public void Bodies_that_are_not_errors_give_nothing()
    {
        OpenAIErrorMapper.ParseBody(Fixtures.ParseElement("""{"id":"x"}""")).Should().BeNull();
        OpenAIErrorMapper.ParseBody(Fixtures.ParseElement("[1]")).Should().BeNull();
    }
}
