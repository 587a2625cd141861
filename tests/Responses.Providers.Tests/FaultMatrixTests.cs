using Responses.Providers.Tests.Anthropic;
using Responses.Providers.Tests.OpenAI;
using Responses.Testing;

namespace Responses.Providers.Tests;

/// <summary>
/// Issue 12's status matrix in one place: every upstream status of the list, for OpenAI and Anthropic, created and
/// streamed, keeps its status, gets an error class and is retriable exactly when retrying can help.
/// (Connection faults, broken streams and Retry-After have their own tests per provider.)
/// </summary>
public sealed class FaultMatrixTests(OpenAIUpstream upstream) : IClassFixture<OpenAIUpstream>
{
    // Retrying helps for timeouts, conflicts, rate limits and server-side failures; never for the caller's own mistakes.
    private static readonly HashSet<int> Retriable = [408, 409, 429, 500, 502, 503, 504, 529];

    public static TheoryData<int, bool> Statuses()
    {
        var data = new TheoryData<int, bool>();
        foreach (int status in new[] { 400, 401, 403, 404, 408, 409, 413, 422, 429, 500, 502, 503, 504, 529 })
        {
            data.Add(status, false);
            data.Add(status, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task OpenAI_keeps_the_status_and_class_and_retries_only_what_may_succeed(int status, bool streaming)
    {
        string type = ResponsesErrorTypes.ForStatus(status);
        Lane lane = upstream.NewLane();
        lane.Create.Enqueue(ProviderErrors.OpenAI(status, $"Upstream says {status}.", type));
        using var client = lane.Client();

        ResponsesException e = await OpenAIErrorTests.CatchAsync(client, streaming);

        e.StatusCode.Should().Be(status);
        e.ErrorType.Should().Be(type);
        e.Error.Message.Should().Be($"Upstream says {status}.");
        e.ProviderName.Should().Be("openai");
        e.IsRetriable.Should().Be(Retriable.Contains(status));
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task Anthropic_keeps_the_status_and_class_and_retries_only_what_may_succeed(int status, bool streaming)
    {
        string anthropicType = status switch
        {
            400 or 422 => "invalid_request_error",
            401 => "authentication_error",
            403 => "permission_error",
            404 => "not_found_error",
            413 => "request_too_large",
            429 => "rate_limit_error",
            504 => "timeout_error",
            529 => "overloaded_error",
            _ => "api_error",
        };
        await using AnthropicHarness harness = await AnthropicHarness.StartAsync();
        harness.Reply(ProviderErrors.Anthropic(status, anthropicType, $"Upstream says {status}."));
        var request = new CreateResponseRequest { Input = "Hi" };

        ResponsesException e = streaming
            ? (await FluentActions.Awaiting(() => harness.StreamAsync(request)).Should().ThrowAsync<ResponsesException>()).Which
            : (await FluentActions.Awaiting(() => harness.Client.CreateResponseAsync(request)).Should().ThrowAsync<ResponsesException>()).Which;

        e.StatusCode.Should().Be(status);
        // The class follows Anthropic's error type (its api_error is a server_error whatever the status).
        e.ErrorType.Should().Be(anthropicType switch
        {
            "invalid_request_error" or "request_too_large" => "invalid_request_error",
            "authentication_error" or "permission_error" or "not_found_error" or "rate_limit_error" or "overloaded_error" => anthropicType,
            "api_error" => "server_error",
            _ => e.ErrorType,
        });
        e.Error.Message.Should().Be($"Upstream says {status}.");
        e.ProviderName.Should().Be("anthropic");
        e.IsRetriable.Should().Be(Retriable.Contains(status));
    }
}
