using System.Text;
using System.Text.Json;
using Responses.Providers.Anthropic;
using Responses.Providers.Bedrock;
using Responses.Providers.Bedrock.Auth;
using Responses.Providers.Tests.Anthropic;
using Responses.Testing;

namespace Responses.Providers.Tests.Bedrock;

public sealed class AnthropicOnBedrockTests
{
    private const string Model = "us.anthropic.claude-sonnet-4-20250514-v1:0";
    private const string StreamPath = "/model/{model}/invoke-with-response-stream";
    private const string InvokePath = "/model/{model}/invoke";

    public static TheoryData<string> Streams => AnthropicFixtures.Streams();

    public static TheoryData<string> Bodies => AnthropicFixtures.Bodies();

    [Theory]
    [MemberData(nameof(Streams))]
    public async Task Every_anthropic_stream_fixture_gives_the_same_response_through_bedrock_framing(string name)
    {
        IReadOnlyList<JsonElement> anthropicEvents = AnthropicFixtures.ReadStream(name);
        await using AnthropicHarness direct = await AnthropicHarness.StartAsync(o => o.DefaultModel = Model);
        direct.Reply(AnthropicHarness.Stream(anthropicEvents));
        await using FakeUpstream upstream = await FakeUpstream.StartAsync();
        upstream.Route("POST", StreamPath).Enqueue(Frames(anthropicEvents.Select(Chunk)));
        using IResponsesClient client = BedrockClientFactory.CreateAnthropic(Settings(upstream), upstream.CreateClient());

        (IReadOnlyList<JsonElement>? expected, Exception? expectedError) = await CollectAsync(direct.Client, null);
        (IReadOnlyList<JsonElement>? actual, Exception? actualError) = await CollectAsync(client, null);

        if (expectedError is not null)
        {
            actualError.Should().NotBeNull().And.BeOfType(expectedError.GetType());
            return;
        }

        TranslatedOutput.AssertValidStream(actual!);
        actual!.Select(e => e.GetProperty("type").GetString()).Should().Equal(expected!.Select(e => e.GetProperty("type").GetString()));
        JsonAssert.Equal(BedrockHarness.Normalize(TranslatedOutput.Terminal(expected!)).ToJsonString(), BedrockHarness.Normalize(TranslatedOutput.Terminal(actual!)).ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Every_anthropic_body_fixture_maps_through_invoke(string name)
    {
        JsonElement body = Fixtures.ReadJson(name);
        await using AnthropicHarness direct = await AnthropicHarness.StartAsync(o => o.DefaultModel = Model);
        direct.Reply(UpstreamReply.Json(body));
        await using FakeUpstream upstream = await FakeUpstream.StartAsync();
        upstream.Route("POST", InvokePath).Enqueue(UpstreamReply.Json(body));
        using IResponsesClient client = BedrockClientFactory.CreateAnthropic(Settings(upstream), upstream.CreateClient());

        JsonElement expected = ResponsesJson.SerializeToElement(await direct.Client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" }));
        JsonElement actual = ResponsesJson.SerializeToElement(await client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" }));

        TranslatedOutput.AssertValidResponse(actual);
        JsonAssert.Equal(BedrockHarness.Normalize(expected).ToJsonString(), BedrockHarness.Normalize(actual).ToJsonString());
    }

    [Fact]
    public async Task The_body_carries_the_bedrock_anthropic_version_and_no_model_or_stream()
    {
        IReadOnlyList<JsonElement> events = AnthropicFixtures.ReadStream("wire/anthropic/basic_response.txt");
        await using FakeUpstream upstream = await FakeUpstream.StartAsync();
        upstream.Route("POST", StreamPath).Enqueue(Frames(events.Select(Chunk)));
        using IResponsesClient client = BedrockClientFactory.CreateAnthropic(Settings(upstream), upstream.CreateClient());

        await CollectAsync(client, new CreateResponseRequest
        {
            Input = new List<ResponseItem> { new MessageItem { Role = MessageRole.User, Content = new List<ContentPart> { new InputFilePart { FileId = "file_1" } } } },
            Reasoning = new ReasoningOptions { Effort = ReasoningEffort.Low },
        });

        RecordedRequest request = (await upstream.WaitForRequestsAsync(1))[0];
        request.Path.Should().Be($"/model/{Model}/invoke-with-response-stream");
        request.Header("Authorization").Should().StartWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/");
        request.Header("anthropic-version").Should().BeNull();
        JsonElement body = request.Json!.Value;
        body.GetProperty("anthropic_version").GetString().Should().Be("bedrock-2023-05-31");
        body.TryGetProperty("model", out _).Should().BeFalse();
        body.TryGetProperty("stream", out _).Should().BeFalse();
        body.GetProperty("anthropic_beta")[0].GetString().Should().Be(AnthropicRequestMapper.FilesApiBeta);
        body.GetProperty("max_tokens").GetInt32().Should().Be(32000, "the Claude family inside the Bedrock id picks the default");
        body.GetProperty("thinking").GetProperty("budget_tokens").GetInt32().Should().Be(4096);
    }

    [Fact]
    public async Task An_in_stream_exception_after_the_first_event_becomes_response_failed()
    {
        IReadOnlyList<JsonElement> events = AnthropicFixtures.ReadStream("wire/anthropic/basic_response.txt");
        await using FakeUpstream upstream = await FakeUpstream.StartAsync();
        upstream.Route("POST", StreamPath).Enqueue(Frames([.. events.Take(3).Select(Chunk), EventStreamEncoder.Exception("throttlingException", "slow down")]));
        using IResponsesClient client = BedrockClientFactory.CreateAnthropic(Settings(upstream), upstream.CreateClient());

        (IReadOnlyList<JsonElement>? output, _) = await CollectAsync(client, null);

        TranslatedOutput.AssertValidStream(output!);
        JsonElement error = TranslatedOutput.Terminal(output!).GetProperty("error");
        error.GetProperty("code").GetString().Should().Be("rate_limit_exceeded");
        error.GetProperty("message").GetString().Should().Contain("slow down");
    }

    [Fact]
    public async Task An_in_stream_exception_before_any_event_is_thrown()
    {
        await using FakeUpstream upstream = await FakeUpstream.StartAsync();
        upstream.Route("POST", StreamPath).Enqueue(Frames([EventStreamEncoder.Exception("modelStreamErrorException", "model broke")]));
        using IResponsesClient client = BedrockClientFactory.CreateAnthropic(Settings(upstream), upstream.CreateClient());

        (_, Exception? error) = await CollectAsync(client, null);

        error.Should().BeOfType<ResponsesException>().Which.Message.Should().Contain("model broke");
    }

    [Fact]
    public async Task Http_errors_use_the_bedrock_error_type_header()
    {
        await using FakeUpstream upstream = await FakeUpstream.StartAsync();
        upstream.Route("POST", InvokePath).Enqueue(ProviderErrors.Bedrock(429, "ThrottlingException", "Too many tokens"));
        using IResponsesClient client = BedrockClientFactory.CreateAnthropic(Settings(upstream), upstream.CreateClient());

        ResponsesException error = (await FluentActions.Awaiting(() => client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" })).Should().ThrowAsync<ResponsesException>()).Which;

        error.StatusCode.Should().Be(429);
        error.ErrorType.Should().Be("rate_limit_error");
        error.IsRetriable.Should().BeTrue();
    }

    [Fact]
    public async Task A_damaged_frame_ends_the_stream_with_response_failed()
    {
        IReadOnlyList<JsonElement> events = AnthropicFixtures.ReadStream("wire/anthropic/basic_response.txt");
        byte[][] frames = [.. events.Select(Chunk)];
        frames[4][^2] ^= 0x10;
        await using FakeUpstream upstream = await FakeUpstream.StartAsync();
        upstream.Route("POST", StreamPath).Enqueue(Frames(frames));
        using IResponsesClient client = BedrockClientFactory.CreateAnthropic(Settings(upstream), upstream.CreateClient());

        (IReadOnlyList<JsonElement>? output, _) = await CollectAsync(client, null);

        output![^1].GetProperty("type").GetString().Should().Be("response.failed");
        TranslatedOutput.Terminal(output).GetProperty("error").GetProperty("message").GetString().Should().Contain("CRC");
    }

    [Theory]
    [InlineData("bedrock/anthropic.claude-3-haiku-20240307-v1:0", typeof(BedrockResponsesClient), "anthropic.claude-3-haiku-20240307-v1:0")]
    [InlineData("bedrock/converse/amazon.nova-pro-v1:0", typeof(BedrockResponsesClient), "amazon.nova-pro-v1:0")]
    [InlineData("bedrock/invoke/us.anthropic.claude-sonnet-4-20250514-v1:0", typeof(AnthropicResponsesClient), "us.anthropic.claude-sonnet-4-20250514-v1:0")]
    public void The_factory_routes_bedrock_model_strings(string model, Type clientType, string defaultModel)
    {
        using IResponsesClient client = BedrockClientFactory.Create(model, new BedrockResponsesClientOptions { Region = "eu-west-1", ApiKey = "k" });

        client.Should().BeOfType(clientType);
        var metadata = (ResponsesClientMetadata)client.GetService(typeof(ResponsesClientMetadata))!;
        metadata.DefaultModelId.Should().Be(defaultModel);
        metadata.ProviderUri!.AbsoluteUri.Should().Be("https://bedrock-runtime.eu-west-1.amazonaws.com/");
    }

    private static BedrockResponsesClientOptions Settings(FakeUpstream upstream) => new()
    {
        Region = "us-east-1",
        Endpoint = upstream.BaseAddress,
        Credentials = new AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
        DefaultModel = Model,
    };

    private static byte[] Chunk(JsonElement anthropicEvent) =>
        EventStreamEncoder.Encode(
            [(":event-type", "chunk"), (":content-type", "application/json"), (":message-type", "event")],
            Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, string> { ["bytes"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(anthropicEvent.GetRawText())) })));

    private static UpstreamReply Frames(IEnumerable<byte[]> frames) => UpstreamReply.Bytes(EventStreamEncoder.ContentType, frames.ToArray());

    private static async Task<(IReadOnlyList<JsonElement>? Events, Exception? Error)> CollectAsync(IResponsesClient client, CreateResponseRequest? request)
    {
        var events = new List<JsonElement>();
        try
        {
            await foreach (ResponseStreamEvent e in client.CreateResponseStreamingAsync(request ?? new CreateResponseRequest { Input = "Hi" }))
            {
                events.Add(ResponsesJson.SerializeToElement(e));
            }
        }
        catch (ResponsesException ex)
        {
            return (events.Count > 0 ? events : null, ex);
        }

        return (events, null);
    }
}
