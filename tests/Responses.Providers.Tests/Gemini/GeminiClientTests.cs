using Microsoft.Extensions.DependencyInjection;
using Responses.Providers.Gemini;

namespace Responses.Providers.Tests.Gemini;

/// <summary>Client construction: the routing factory, DI registration, metadata and the stateless operations.</summary>
public class GeminiClientTests
{
    [Fact]
    public void Routing_factory_takes_gemini_and_vertex_ai_prefixes()
    {
        var settings = new GeminiResponsesClientOptions { ApiKey = "k", VertexProject = "p", VertexLocation = "us-central1", TokenSource = new FakeTokenSource() };

        using GeminiResponsesClient studio = GeminiResponsesClient.Create("gemini/gemini-2.5-flash", settings);
        var studioOptions = studio.GetService<GeminiResponsesClientOptions>()!;
        studioOptions.DefaultModel.Should().Be("gemini-2.5-flash");
        studioOptions.VertexProject.Should().BeNull();
        studio.GetService<ResponsesClientMetadata>()!.ProviderName.Should().Be("gemini");

        using GeminiResponsesClient vertex = GeminiResponsesClient.Create("vertex_ai/gemini-2.5-pro", settings);
        vertex.GetService<GeminiResponsesClientOptions>()!.DefaultModel.Should().Be("gemini-2.5-pro");
        vertex.GetService<ResponsesClientMetadata>()!.ProviderName.Should().Be("vertex_ai");
        vertex.GetService<ResponsesClientMetadata>()!.ProviderUri!.AbsoluteUri.Should().Be("https://us-central1-aiplatform.googleapis.com/");

        FluentActions.Invoking(() => GeminiResponsesClient.Create("vertex_ai/gemini-2.5-pro", new GeminiResponsesClientOptions()))
            .Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Dependency_injection_registers_the_client()
    {
        var services = new ServiceCollection();
        services.AddGeminiResponsesClient(o => { o.ApiKey = "k"; o.DefaultModel = "gemini-2.5-flash"; });
        using ServiceProvider provider = services.BuildServiceProvider();
        IResponsesClient client = provider.GetRequiredService<IResponsesClient>();
        client.GetService<GeminiResponsesClient>().Should().NotBeNull();
    }

    [Fact]
    public async Task Stored_response_operations_fail_clearly_because_the_provider_is_stateless()
    {
        using var client = new GeminiResponsesClient(new GeminiResponsesClientOptions { ApiKey = "k" });
        (await FluentActions.Awaiting(() => client.GetResponseAsync("resp_1")).Should().ThrowAsync<ResponsesException>()).Which.StatusCode.Should().Be(404);
        (await FluentActions.Awaiting(() => client.DeleteResponseAsync("resp_1")).Should().ThrowAsync<ResponsesException>()).Which.StatusCode.Should().Be(404);
        (await FluentActions.Awaiting(() => client.CancelResponseAsync("resp_1")).Should().ThrowAsync<ResponsesException>()).Which.StatusCode.Should().Be(400);
    }
}
