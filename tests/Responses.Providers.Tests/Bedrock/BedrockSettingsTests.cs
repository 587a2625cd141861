using System.Text.Json;
using Responses.Providers.Bedrock;
using Responses.Testing;

namespace Responses.Providers.Tests.Bedrock;

public sealed class BedrockSettingsTests
{
    [Fact]
    public void Litellm_style_settings_become_options()
    {
        BedrockResponsesClientOptions options = BedrockResponsesClientOptions.FromSettings(new Dictionary<string, string?>
        {
            ["aws_region_name"] = "eu-central-1",
            ["aws_bedrock_runtime_endpoint"] = "https://vpce-123.bedrock-runtime.eu-central-1.vpce.amazonaws.com",
            ["aws_access_key_id"] = "AKID",
            ["aws_secret_access_key"] = "secret",
            ["aws_session_token"] = "token",
            ["timeout"] = "30",
        });

        options.ResolveRegion().Should().Be("eu-central-1");
        options.ResolveEndpoint().Host.Should().Be("vpce-123.bedrock-runtime.eu-central-1.vpce.amazonaws.com");
        options.Credentials.Should().Be(new Responses.Providers.Bedrock.Auth.AwsCredentials("AKID", "secret", "token"));
        options.Credentials!.ToString().Should().NotContain("secret");
    }

    [Fact]
    public void An_access_key_without_a_secret_is_rejected() =>
        FluentActions.Invoking(() => BedrockResponsesClientOptions.FromSettings(new Dictionary<string, string?> { ["aws_access_key_id"] = "AKID" }))
            .Should().Throw<ArgumentException>();

    [Fact]
    public void The_factory_copies_shared_settings_instead_of_changing_them()
    {
        var shared = new BedrockResponsesClientOptions { Region = "us-west-2", ApiKey = "k", DefaultModel = "original" };
        shared.Headers["x-amz-custom"] = "1";

        using IResponsesClient a = BedrockClientFactory.Create("bedrock/amazon.nova-lite-v1:0", shared);
        using IResponsesClient b = BedrockClientFactory.Create("bedrock/api_base_model", new Dictionary<string, string?> { ["api_base"] = "https://proxy.example/bedrock/", ["api_key"] = "k" });

        shared.DefaultModel.Should().Be("original");
        ((ResponsesClientMetadata)a.GetService(typeof(ResponsesClientMetadata))!).DefaultModelId.Should().Be("amazon.nova-lite-v1:0");
        var options = (BedrockResponsesClientOptions)a.GetService(typeof(BedrockResponsesClientOptions))!;
        options.Should().NotBeSameAs(shared);
        options.Headers.Should().ContainKey("x-amz-custom").And.NotBeSameAs(shared.Headers);
        ((ResponsesClientMetadata)b.GetService(typeof(ResponsesClientMetadata))!).ProviderUri!.AbsoluteUri.Should().Be("https://proxy.example/bedrock/");
    }

    [Fact]
    public async Task An_error_message_with_the_text_in_headers_is_reported()
    {
        byte[] error = EventStreamEncoder.Encode([(":message-type", "error"), (":error-code", "InternalFailure"), (":error-message", "An internal error occurred")], []);
        await using BedrockHarness harness = await BedrockHarness.StartAsync();
        harness.ReplyStream(BedrockHarness.Frames([EventStreamEncoder.Event("messageStart", """{"role":"assistant"}"""), error]));

        IReadOnlyList<JsonElement> events = await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });

        JsonElement failure = TranslatedOutput.Terminal(events).GetProperty("error");
        failure.GetProperty("code").GetString().Should().Be("server_error");
        failure.GetProperty("message").GetString().Should().Contain("InternalFailure").And.Contain("An internal error occurred");
    }
}
