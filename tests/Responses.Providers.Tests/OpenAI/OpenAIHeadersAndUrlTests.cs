using Responses.Providers.OpenAI;
using Responses.Testing;

namespace Responses.Providers.Tests.OpenAI;

/// <summary>Auth and extra headers, query parameters and endpoint forms, on every operation.</summary>
public class OpenAIHeadersAndUrlTests(OpenAIUpstream upstream) : IClassFixture<OpenAIUpstream>
{
    private const string Id = "resp_1";

    /// <summary>The operations of the client, named, each with whether it streams.</summary>
    public static TheoryData<string> Operations() => new() { "create", "create-stream", "get", "get-stream", "delete", "cancel", "input-items" };

    private static readonly Dictionary<string, bool> Streams = new()
    {
        ["create"] = false, ["create-stream"] = true, ["get"] = false, ["get-stream"] = true, ["delete"] = false, ["cancel"] = false, ["input-items"] = false,
    };

    /// <summary>Programs the routes of every operation on a lane and runs one; returns the request it sent.</summary>
    internal static async Task<RecordedRequest> RunAsync(Lane lane, OpenAIResponsesClient client, string operation)
    {
        UpstreamReply body = OpenAIRequestPassThroughTests.ShortBody();
        UpstreamReply stream = OpenAIRequestPassThroughTests.ShortStream();
        switch (operation)
        {
            case "create":
                lane.Create.Enqueue(body);
                await client.CreateResponseAsync(new CreateResponseRequest { Model = "gpt-5", Input = "Hi" });
                break;
            case "create-stream":
                lane.Create.Enqueue(stream);
                await Wire.CollectAsync(client.CreateResponseStreamingAsync(new CreateResponseRequest { Model = "gpt-5", Input = "Hi" }));
                break;
            case "get":
                lane.Route("GET", "responses/{id}").Enqueue(body);
                await client.GetResponseAsync(Id);
                break;
            case "get-stream":
                lane.Route("GET", "responses/{id}").Enqueue(stream);
                await Wire.CollectAsync(client.GetResponseStreamingAsync(Id));
                break;
            case "delete":
                lane.Route("DELETE", "responses/{id}").Enqueue(UpstreamReply.Json("""{"id":"resp_1","object":"response","deleted":true}"""));
                await client.DeleteResponseAsync(Id);
                break;
            case "cancel":
                lane.Route("POST", "responses/{id}/cancel").Enqueue(body);
                await client.CancelResponseAsync(Id);
                break;
            case "input-items":
                lane.Route("GET", "responses/{id}/input_items").Enqueue(UpstreamReply.Json("""{"object":"list","data":[],"first_id":null,"last_id":null,"has_more":false}"""));
                await client.ListInputItemsAsync(Id);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, null);
        }

        return lane.Requests.Single();
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Bearer_key_organization_project_and_extra_headers_go_with_every_operation(string operation)
    {
        Lane lane = upstream.NewLane();
        using var client = lane.Client(o =>
        {
            o.Organization = "org-1";
            o.Project = "proj_1";
            o.Headers["X-Custom"] = "custom value";
            o.Headers["OpenAI-Beta"] = "responses=v1";
        });

        RecordedRequest request = await RunAsync(lane, client, operation);

        request.Header("Authorization").Should().Be("Bearer key");
        request.Header("OpenAI-Organization").Should().Be("org-1");
        request.Header("OpenAI-Project").Should().Be("proj_1");
        request.Header("X-Custom").Should().Be("custom value");
        request.Header("OpenAI-Beta").Should().Be("responses=v1");
        request.Header("api-key").Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Azure_api_key_header_carries_the_raw_key_and_no_Authorization(string operation)
    {
        Lane lane = upstream.NewLane();
        using var client = lane.Client(o => o.ApiKeyHeaderName = "api-key");

        RecordedRequest request = await RunAsync(lane, client, operation);

        request.Header("api-key").Should().Be("key");
        request.Header("Authorization").Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Without_a_key_or_optional_headers_none_are_sent(string operation)
    {
        Lane lane = upstream.NewLane();
        using var client = lane.Client(o => o.ApiKey = null);

        RecordedRequest request = await RunAsync(lane, client, operation);

        request.Header("Authorization").Should().BeNull();
        request.Header("OpenAI-Organization").Should().BeNull();
        request.Header("OpenAI-Project").Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Query_parameters_are_appended_to_every_operation(string operation)
    {
        Lane lane = upstream.NewLane();
        using var client = lane.Client(o => o.QueryParameters["api-version"] = "2025-04-01-preview");

        RecordedRequest request = await RunAsync(lane, client, operation);

        string expected = operation == "get-stream" ? "?stream=true&api-version=2025-04-01-preview" : "?api-version=2025-04-01-preview";
        request.QueryString.Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Accept_event_stream_only_when_streaming(string operation)
    {
        Lane lane = upstream.NewLane();
        using var client = lane.Client();

        RecordedRequest request = await RunAsync(lane, client, operation);

        if (Streams[operation])
        {
            request.Header("Accept").Should().Be("text/event-stream");
        }
        else
        {
            (request.Header("Accept") ?? string.Empty).Should().NotContain("text/event-stream");
        }
    }

    [Fact]
    public async Task Query_parameters_come_after_the_operation_own_query_and_are_escaped()
    {
        Lane lane = upstream.NewLane();
        using var client = lane.Client(o =>
        {
            o.QueryParameters["api-version"] = "2025-04-01-preview";
            o.QueryParameters["a b"] = "c&d=e";
        });
        lane.Route("GET", "responses/{id}/input_items").Enqueue(UpstreamReply.Json("""{"object":"list","data":[],"has_more":false}"""));

        await client.ListInputItemsAsync(Id, new ListInputItemsOptions { Limit = 2 });

        lane.Requests.Single().QueryString.Should().Be("?limit=2&api-version=2025-04-01-preview&a%20b=c%26d%3De");
    }

    [Fact]
    public async Task An_extra_header_named_like_a_default_header_replaces_it()
    {
        Lane lane = upstream.NewLane();
        using var client = lane.Client(o => o.Headers["Authorization"] = "Token other");

        RecordedRequest request = await RunAsync(lane, client, "create");

        request.Header("Authorization").Should().Be("Token other");
    }

    [Theory]
    [InlineData("v1/")]
    [InlineData("v1")]
    [InlineData("openai/v1/")]
    [InlineData("openai/v1")]
    public async Task Endpoint_with_or_without_trailing_slash_reaches_responses_under_it(string endpointPath)
    {
        Lane lane = upstream.NewLane();
        string basePath = lane.PathOf(string.Empty).TrimEnd('/')[..^"/v1".Length];
        var endpoint = new Uri(lane.Fake.BaseAddress, basePath.TrimStart('/') + "/" + endpointPath);
        lane.Fake.Route("POST", $"{basePath}/{endpointPath.TrimEnd('/')}/responses").Enqueue(OpenAIRequestPassThroughTests.ShortBody());
        lane.Fake.Route("GET", $"{basePath}/{endpointPath.TrimEnd('/')}/responses/{{id}}").Enqueue(OpenAIRequestPassThroughTests.ShortBody());
        using var client = new OpenAIResponsesClient(new OpenAIResponsesClientOptions { ApiKey = "key", Endpoint = endpoint });

        await client.CreateResponseAsync(new CreateResponseRequest { Model = "gpt-5", Input = "Hi" });
        await client.GetResponseAsync(Id);

        lane.Requests.Select(r => r.Path).Should().Equal(
            $"{basePath}/{endpointPath.TrimEnd('/')}/responses",
            $"{basePath}/{endpointPath.TrimEnd('/')}/responses/{Id}");
    }

    [Fact]
    public void Metadata_names_the_provider_endpoint_and_default_model()
    {
        Lane lane = upstream.NewLane();
        using var client = lane.Client(o =>
        {
            o.DefaultModel = "gpt-5-mini";
            o.ProviderName = "azure";
        });

        var metadata = (ResponsesClientMetadata)client.GetService(typeof(ResponsesClientMetadata))!;
        metadata.ProviderName.Should().Be("azure");
        metadata.ProviderUri.Should().Be(lane.Endpoint);
        metadata.DefaultModelId.Should().Be("gpt-5-mini");
        client.GetService(typeof(OpenAIResponsesClientOptions)).Should().BeOfType<OpenAIResponsesClientOptions>().Which.ProviderName.Should().Be("azure");
        client.GetService(typeof(IResponsesClient)).Should().BeSameAs(client);
        client.GetService(typeof(IResponsesClient), "key").Should().BeNull();
    }
}
