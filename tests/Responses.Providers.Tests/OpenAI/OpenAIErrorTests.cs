using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Responses.Providers.OpenAI;
using Responses.Testing;

namespace Responses.Providers.Tests.OpenAI;

/// <summary>Upstream errors become <see cref="ResponsesException"/> with the status, OpenAI error, request id, Retry-After and retriability.</summary>
public class OpenAIErrorTests(OpenAIUpstream upstream) : IClassFixture<OpenAIUpstream>
{
    public static TheoryData<int, string, string?, string?, bool, bool> StatusErrors()
    {
        var data = new TheoryData<int, string, string?, string?, bool, bool>();
        foreach (bool streaming in new[] { false, true })
        {
            data.Add(400, "invalid_request_error", "unsupported_parameter", "temperature", false, streaming);
            data.Add(401, "invalid_request_error", "invalid_api_key", null, false, streaming);
            data.Add(403, "request_forbidden", "unsupported_country_region_territory", null, false, streaming);
            data.Add(404, "invalid_request_error", "model_not_found", "model", false, streaming);
            data.Add(429, "requests", "rate_limit_exceeded", null, true, streaming);
            data.Add(500, "server_error", null, null, true, streaming);
            data.Add(503, "server_error", "overloaded", null, true, streaming);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StatusErrors))]
    public async Task Error_status_becomes_ResponsesException_with_the_upstream_error(int status, string type, string? code, string? param, bool retriable, bool streaming)
    {
        string message = $"Upstream says {status}.";
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(ProviderErrors.OpenAI(status, message, type, param, code).WithHeader("x-request-id", "req_123"));
        using var client = lane.Client();

        ResponsesException ex = await CatchAsync(client, streaming);

        ex.StatusCode.Should().Be(status);
        ex.Error.Type.Should().Be(type);
        ex.Error.Code.Should().Be(code);
        ex.Error.Param.Should().Be(param);
        ex.Error.Message.Should().Be(message);
        ex.ErrorType.Should().Be(type);
        ex.ErrorCode.Should().Be(code);
        ex.Message.Should().Be($"openai: {message}");
        ex.ProviderName.Should().Be("openai");
        ex.RequestId.Should().Be("req_123");
        ex.RetryAfter.Should().BeNull();
        ex.IsRetriable.Should().Be(retriable);
    }

    [Theory]
    [InlineData("openai-error.1")]
    [InlineData("reasoning-model-temperature-error")]
    public async Task Recorded_error_body_is_kept_exactly(string recording)
    {
        JsonElement body = Fixtures.ReadJson($"{Fixtures.OpenAIResponsesRecordings}/{recording}.json");
        int status = recording == "openai-error.1" ? 429 : 400;
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(UpstreamReply.Json(body, status));
        using var client = lane.Client();

        ResponsesException ex = await CatchAsync(client, streaming: false);

        ex.StatusCode.Should().Be(status);
        JsonAssert.Equal(body, ResponsesJson.SerializeToElement(ex.ToErrorResponse()));
    }

    [Fact]
    public async Task Insufficient_quota_429_is_not_retriable()
    {
        // openai-error.1: a 429 whose code says the account has no quota left; retrying cannot help (unlike rate_limit_exceeded).
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(UpstreamReply.Json(Fixtures.ReadJson($"{Fixtures.OpenAIResponsesRecordings}/openai-error.1.json"), 429));
        using var client = lane.Client();

        ResponsesException ex = await CatchAsync(client, streaming: false);

        ex.ErrorCode.Should().Be("insufficient_quota");
        ex.IsRetriable.Should().BeFalse();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Retry_after_in_seconds(bool streaming)
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(ProviderErrors.OpenAIRateLimited(TimeSpan.FromSeconds(7)));
        using var client = lane.Client();

        ResponsesException ex = await CatchAsync(client, streaming);

        ex.StatusCode.Should().Be(429);
        ex.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
        ex.IsRetriable.Should().BeTrue();
    }

    [Fact]
    public async Task Retry_after_as_an_HTTP_date()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(ProviderErrors.OpenAI(503, "busy", "server_error").WithRetryAfter(DateTimeOffset.UtcNow.AddHours(1)));
        using var client = lane.Client();

        ResponsesException ex = await CatchAsync(client, streaming: false);

        ex.StatusCode.Should().Be(503);
        ex.RetryAfter.Should().NotBeNull();
        ex.RetryAfter!.Value.Should().BeGreaterThan(TimeSpan.FromMinutes(50)).And.BeLessThanOrEqualTo(TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task Retry_after_as_an_HTTP_date_in_the_past_is_zero()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(ProviderErrors.OpenAI(503, "busy", "server_error").WithRetryAfter(DateTimeOffset.UtcNow.AddHours(-1)));
        using var client = lane.Client();

        (await CatchAsync(client, streaming: false)).RetryAfter.Should().Be(TimeSpan.Zero);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Retry_after_ms_wins_over_Retry_After(bool streaming)
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(ProviderErrors.OpenAIRateLimited(TimeSpan.FromSeconds(20)).WithHeader("retry-after-ms", "1500"));
        using var client = lane.Client();

        (await CatchAsync(client, streaming)).RetryAfter.Should().Be(TimeSpan.FromMilliseconds(1500));
    }

    [Fact]
    public async Task Fractional_Retry_After_seconds_are_read()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(ProviderErrors.OpenAI(429, "slow down", "requests", null, "rate_limit_exceeded").WithHeader("Retry-After", "2.5"));
        using var client = lane.Client();

        (await CatchAsync(client, streaming: false)).RetryAfter.Should().Be(TimeSpan.FromSeconds(2.5));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Html_error_page_still_gives_a_clear_message(bool streaming)
    {
        const string html = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(new UpstreamReply { StatusCode = 502, ContentType = "text/html", Body = Encoding.UTF8.GetBytes(html) }.WithHeader("x-request-id", "req_html"));
        using var client = lane.Client();

        ResponsesException ex = await CatchAsync(client, streaming);

        ex.StatusCode.Should().Be(502);
        ex.Message.Should().StartWith("openai: ").And.Contain("502 Bad Gateway");
        ex.Error.Message.Should().Contain("502 Bad Gateway");
        ex.RequestId.Should().Be("req_html");
        ex.IsRetriable.Should().BeTrue();
    }

    [Fact]
    public async Task Long_non_JSON_error_body_is_truncated_in_the_message()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(new UpstreamReply { StatusCode = 500, ContentType = "text/plain", Body = Encoding.UTF8.GetBytes(new string('x', 5000)) });
        using var client = lane.Client();

        ResponsesException ex = await CatchAsync(client, streaming: false);

        ex.Message.Length.Should().BeLessThan(600);
        ex.Message.Should().EndWith("…");
    }

    [Fact]
    public async Task Empty_error_body_names_the_status()
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(UpstreamReply.Status(503));
        using var client = lane.Client();

        ResponsesException ex = await CatchAsync(client, streaming: false);

        ex.StatusCode.Should().Be(503);
        ex.Message.Should().Be("openai: HTTP 503");
        ex.IsRetriable.Should().BeTrue();
    }

    [Theory]
    [InlineData("{\"id\":\"resp_1\",\"object\":\"response\",\"output\":[")]
    [InlineData("<html>not json</html>")]
    [InlineData("null")]
    [InlineData("")]
    public async Task Invalid_JSON_in_a_200_body_becomes_502(string body)
    {
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(UpstreamReply.Json(body).WithHeader("x-request-id", "req_bad"));
        lane.Route("GET", "responses/{id}").Enqueue(UpstreamReply.Json(body));
        using var client = lane.Client();

        ResponsesException ex = await CatchAsync(client, streaming: false);
        ResponsesException fromGet = (await FluentActions.Awaiting(() => client.GetResponseAsync("resp_1")).Should().ThrowAsync<ResponsesException>()).Which;

        foreach (ResponsesException e in new[] { ex, fromGet })
        {
            e.StatusCode.Should().Be(502);
            e.Error.Type.Should().Be(ResponsesErrorTypes.Server);
            e.Error.Code.Should().Be("invalid_upstream_response");
            e.InnerException.Should().BeOfType<JsonException>();
        }

        ex.RequestId.Should().Be("req_bad");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Connection_refused_is_status_0_and_retriable(bool streaming)
    {
        using var client = new OpenAIResponsesClient(new OpenAIResponsesClientOptions { ApiKey = "key", Endpoint = new Uri($"http://127.0.0.1:{ClosedPort()}/v1/") });

        ResponsesException ex = await CatchAsync(client, streaming);

        ex.StatusCode.Should().Be(0);
        ex.IsRetriable.Should().BeTrue();
        ex.ProviderName.Should().Be("openai");
        ex.InnerException.Should().BeOfType<HttpRequestException>();
    }

    private static int ClosedPort()
    {
        // A port that was free a moment ago: nothing listens on it any more.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Calls create (or create-streaming, reading the first event) and returns the exception; no events may be yielded.</summary>
    internal static async Task<ResponsesException> CatchAsync(OpenAIResponsesClient client, bool streaming)
    {
        var request = new CreateResponseRequest { Model = "gpt-5", Input = "Hi" };
        if (!streaming)
        {
            return (await FluentActions.Awaiting(() => client.CreateResponseAsync(request)).Should().ThrowAsync<ResponsesException>()).Which;
        }

        var yielded = new List<ResponseStreamEvent>();
        var assertion = await FluentActions.Awaiting(async () =>
        {
            await foreach (ResponseStreamEvent e in client.CreateResponseStreamingAsync(request))
            {
                yielded.Add(e);
            }
        }).Should().ThrowAsync<ResponsesException>();
        yielded.Should().BeEmpty("a failure before the first event is thrown, not streamed");
        return assertion.Which;
    }
}
