using Microsoft.Extensions.DependencyInjection;

namespace Responses.Abstractions.Tests.Client;

public class PipelineTests
{
    [Fact]
    public async Task Builder_applies_layers_outermost_first()
    {
        var inner = new RecordingResponsesClient();
        IResponsesClient client = inner.AsBuilder()
            .Use(c => new TaggingClient(c, "a"))
            .Use(c => new TaggingClient(c, "b"))
            .Build();

        await client.CreateResponseAsync(new CreateResponseRequest { Model = "m" });

        inner.Calls.Should().Equal("create:m>a>b");
        client.Should().BeOfType<TaggingClient>().Which.Tag.Should().Be("a");
    }

    [Fact]
    public async Task Delegating_client_passes_every_call_through()
    {
        var inner = new RecordingResponsesClient();
        using var client = new TaggingClient(inner, "t");

        await client.GetResponseAsync("r1");
        await client.DeleteResponseAsync("r2");
        await client.CancelResponseAsync("r3");
        await client.ListInputItemsAsync("r4", new ListInputItemsOptions { Limit = 5 });
        await foreach (ResponseStreamEvent _ in client.CreateResponseStreamingAsync(new CreateResponseRequest { Model = "m" }))
        {
        }

        await foreach (ResponseStreamEvent _ in client.GetResponseStreamingAsync("r5", new GetResponseOptions { StartingAfter = 7 }))
        {
        }

        inner.Calls.Should().Equal("get:r1", "delete:r2", "cancel:r3", "items:r4:5", "stream:m", "getstream:r5:7");
    }

    [Fact]
    public void GetService_finds_layers_and_inner_metadata()
    {
        var inner = new RecordingResponsesClient("provider-x");
        IResponsesClient client = inner.AsBuilder().Use(c => new TaggingClient(c, "outer")).Build();

        client.GetService<ResponsesClientMetadata>()!.ProviderName.Should().Be("provider-x");
        client.GetService<TaggingClient>()!.Tag.Should().Be("outer");
        client.GetService<RecordingResponsesClient>().Should().BeSameAs(inner);
        client.GetService<ResponsesClientMetadata>("some-key").Should().BeNull();
        client.GetService<string>().Should().BeNull();
    }

    [Fact]
    public void Disposing_the_pipeline_disposes_the_provider()
    {
        var inner = new RecordingResponsesClient();
        IResponsesClient client = inner.AsBuilder().Use(c => new TaggingClient(c, "x")).Build();
        client.Dispose();
        inner.Disposed.Should().BeTrue();
    }

    [Fact]
    public async Task AddResponsesClient_registers_the_built_pipeline()
    {
        var inner = new RecordingResponsesClient();
        var services = new ServiceCollection();
        services.AddResponsesClient(inner).Use(c => new TaggingClient(c, "di"));
        using ServiceProvider provider = services.BuildServiceProvider();

        IResponsesClient client = provider.GetRequiredService<IResponsesClient>();
        await client.CreateResponseAsync(new CreateResponseRequest { Model = "m" });

        inner.Calls.Should().Equal("create:m>di");
        provider.GetRequiredService<IResponsesClient>().Should().BeSameAs(client, "the default lifetime is singleton");
    }

    [Fact]
    public async Task AddKeyedResponsesClient_registers_per_key()
    {
        var fast = new RecordingResponsesClient("fast");
        var smart = new RecordingResponsesClient("smart");
        var services = new ServiceCollection();
        services.AddKeyedResponsesClient("fast", fast);
        services.AddKeyedResponsesClient("smart", _ => smart).Use((c, sp) => new TaggingClient(c, "k"));
        using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<IResponsesClient>("smart").CreateResponseAsync(new CreateResponseRequest { Model = "m" });
        provider.GetRequiredKeyedService<IResponsesClient>("fast").GetService<ResponsesClientMetadata>()!.ProviderName.Should().Be("fast");

        smart.Calls.Should().Equal("create:m>k");
        fast.Calls.Should().BeEmpty();
        provider.GetService<IResponsesClient>().Should().BeNull();
    }

    [Fact]
    public void Builder_rejects_a_factory_that_returns_null()
    {
        var builder = new RecordingResponsesClient().AsBuilder().Use(_ => null!);
        builder.Invoking(b => b.Build()).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public async Task Middleware_does_not_change_the_callers_request()
    {
        var request = new CreateResponseRequest { Model = "m" };
        using var client = new TaggingClient(new RecordingResponsesClient(), "t");
        await client.CreateResponseAsync(request);
        request.Model.Should().Be("m");
    }
}
