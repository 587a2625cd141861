using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Responses.Testing;

namespace Responses.Providers.Tests.OpenAI;

/// <summary>get, stream-resume, delete, cancel and input_items pass through: exact paths and queries, bodies round-trip.</summary>
public class OpenAIOperationsTests(OpenAIUpstream upstream) : IClassFixture<OpenAIUpstream>
{
    private static readonly JsonElement RecordedBody = Fixtures.ReadJson($"{Fixtures.OpenAIResponsesRecordings}/openai-web-search-tool.1.json");

    private static IReadOnlyList<JsonElement> RecordedStream() => Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/openai-file-search-tool.2.chunks.txt");

    [Fact]
    public async Task Get_sends_include_and_round_trips_the_response()
    {
        Lane lane = upstream.NewLane();
        lane.Route("GET", "responses/{id}").Enqueue(UpstreamReply.Json(RecordedBody));
        using var client = lane.Client();

        Response response = await client.GetResponseAsync("resp_1", new GetResponseOptions
        {
            Include = ["reasoning.encrypted_content", "web_search_call.action.sources"],
        });

        RecordedRequest request = lane.Requests.Single();
        request.Method.Should().Be("GET");
        request.Path.Should().Be(lane.PathOf("responses/resp_1"));
        request.QueryString.Should().Be("?include%5B%5D=reasoning.encrypted_content&include%5B%5D=web_search_call.action.sources");
        request.Body.Length.Should().Be(0);
        JsonAssert.Equal(RecordedBody, ResponsesJson.SerializeToElement(response));
    }

    [Fact]
    public async Task Get_without_options_sends_no_query()
    {
        Lane lane = upstream.NewLane();
        lane.Route("GET", "responses/{id}").Enqueue(UpstreamReply.Json(RecordedBody));
        using var client = lane.Client();

        await client.GetResponseAsync("resp_1");

        lane.Requests.Single().QueryString.Should().BeEmpty();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Get_streaming_resumes_after_a_sequence_number_and_keeps_the_upstream_numbers(bool withDoneSentinel)
    {
        const int startingAfter = 20;
        IReadOnlyList<JsonElement> resumed = RecordedStream().Skip(startingAfter + 1).ToList();
        Lane lane = upstream.NewLane();
        UpstreamReply reply = UpstreamReply.SseEvents(resumed);
        lane.Route("GET", "responses/{id}").Enqueue(withDoneSentinel ? reply.WithDoneSentinel() : reply);
        using var client = lane.Client();

        List<JsonElement> events = await Wire.CollectAsync(client.GetResponseStreamingAsync("resp_1", new GetResponseOptions
        {
            StartingAfter = startingAfter,
            Include = ["message.output_text.logprobs"],
        }));

        RecordedRequest request = lane.Requests.Single();
        request.Method.Should().Be("GET");
        request.QueryString.Should().Be($"?stream=true&include%5B%5D=message.output_text.logprobs&starting_after={startingAfter}");
        request.Header("Accept").Should().Be("text/event-stream");
        events.Should().HaveCount(resumed.Count, "a resumed stream is forwarded as it comes, nothing added");
        for (int i = 0; i < resumed.Count; i++)
        {
            JsonAssert.Equal(resumed[i], events[i], $"event #{i}");
        }

        events[0].GetProperty("sequence_number").GetInt32().Should().Be(startingAfter + 1);
        Wire.ShouldBeSchemaValid(events);
    }

    [Fact]
    public async Task Get_streaming_sends_include_obfuscation()
    {
        Lane lane = upstream.NewLane();
        lane.Route("GET", "responses/{id}").Enqueue(UpstreamReply.SseEvents(RecordedStream()));
        using var client = lane.Client();

        await Wire.CollectAsync(client.GetResponseStreamingAsync("resp_1", new GetResponseOptions { IncludeObfuscation = false }));

        lane.Requests.Single().QueryString.Should().Be("?stream=true&include_obfuscation=false");
    }

    [Fact]
    public async Task Delete_round_trips_the_deletion_result()
    {
        const string body = """{"id":"resp_1","object":"response","deleted":true}""";
        Lane lane = upstream.NewLane();
        lane.Route("DELETE", "responses/{id}").Enqueue(UpstreamReply.Json(body));
        using var client = lane.Client();

        DeleteResponseResult result = await client.DeleteResponseAsync("resp_1");

        lane.Requests.Single().Method.Should().Be("DELETE");
        lane.Requests.Single().Path.Should().Be(lane.PathOf("responses/resp_1"));
        result.Id.Should().Be("resp_1");
        result.Object.Should().Be("response");
        result.Deleted.Should().BeTrue();
        JsonAssert.Equal(body, ResponsesJson.Serialize(result));
    }

    [Fact]
    public async Task Cancel_posts_without_a_body_and_round_trips_the_cancelled_response()
    {
        var cancelled = JsonNode.Parse(RecordedBody.GetRawText())!;
        cancelled["status"] = "cancelled";
        string body = cancelled.ToJsonString();
        Lane lane = upstream.NewLane();
        lane.Route("POST", "responses/{id}/cancel").Enqueue(UpstreamReply.Json(body));
        using var client = lane.Client();

        Response response = await client.CancelResponseAsync("resp_1");

        RecordedRequest request = lane.Requests.Single();
        request.Method.Should().Be("POST");
        request.Path.Should().Be(lane.PathOf("responses/resp_1/cancel"));
        request.Body.Length.Should().Be(0);
        response.Status.Should().Be(ResponseStatus.Cancelled);
        JsonAssert.Equal(body, ResponsesJson.Serialize(response));
    }

    [Fact]
    public async Task Input_items_sends_the_exact_query_and_round_trips_the_list()
    {
        JsonElement request = Fixtures.ParseElement(OpenAIRequestPassThroughTests.FullRequest);
        var data = new JsonArray(request.GetProperty("input").EnumerateArray()
            .Select((item, i) =>
            {
                JsonNode node = JsonNode.Parse(item.GetRawText())!;
                node["id"] ??= $"item_{i}";
                return (JsonNode?)node;
            }).ToArray());
        string body = new JsonObject { ["object"] = "list", ["data"] = data, ["first_id"] = "msg_x", ["last_id"] = "fi_1", ["has_more"] = true, ["x_extra"] = 1 }.ToJsonString();
        Lane lane = upstream.NewLane();
        lane.Route("GET", "responses/{id}/input_items").Enqueue(UpstreamReply.Json(body));
        using var client = lane.Client();

        ResponseItemList list = await client.ListInputItemsAsync("resp_1", new ListInputItemsOptions
        {
            Limit = 10,
            Order = "asc",
            After = "msg_0",
            Include = ["message.input_image.image_url", "reasoning.encrypted_content"],
        });

        RecordedRequest recorded = lane.Requests.Single();
        recorded.Method.Should().Be("GET");
        recorded.Path.Should().Be(lane.PathOf("responses/resp_1/input_items"));
        recorded.QueryString.Should().Be("?limit=10&order=asc&after=msg_0&include%5B%5D=message.input_image.image_url&include%5B%5D=reasoning.encrypted_content");
        list.Data.Should().HaveCount(data.Count);
        list.HasMore.Should().BeTrue();
        JsonAssert.Equal(body, ResponsesJson.Serialize(list));
    }

    [Fact]
    public async Task Input_items_without_options_sends_no_query()
    {
        Lane lane = upstream.NewLane();
        lane.Route("GET", "responses/{id}/input_items").Enqueue(UpstreamReply.Json("""{"object":"list","data":[],"first_id":null,"last_id":null,"has_more":false}"""));
        using var client = lane.Client();

        ResponseItemList list = await client.ListInputItemsAsync("resp_1");

        lane.Requests.Single().QueryString.Should().BeEmpty();
        list.Data.Should().BeEmpty();
    }

    [Theory]
    [InlineData("get")]
    [InlineData("get-stream")]
    [InlineData("delete")]
    [InlineData("cancel")]
    [InlineData("input-items")]
    public async Task Response_ids_are_escaped_into_one_path_segment(string operation)
    {
        const string id = "resp_a/b c?d#e%f";
        string escaped = Uri.EscapeDataString(id);
        escaped.Should().Be("resp_a%2Fb%20c%3Fd%23e%25f");
        Lane lane = upstream.NewLane();
        var rawTargets = new List<string>();
        lane.Route("*", "responses/", PathMatch.Prefix).Always(UpstreamReply.Custom(async (context, ct) =>
        {
            lock (rawTargets)
            {
                rawTargets.Add(context.Features.Get<IHttpRequestFeature>()!.RawTarget);
            }

            bool stream = context.Request.Query["stream"] == "true";
            string reply = context.Request.Method == "DELETE" ? """{"id":"x","object":"response","deleted":true}"""
                : context.Request.Path.Value!.EndsWith("/input_items", StringComparison.Ordinal) ? """{"object":"list","data":[],"has_more":false}"""
                : RecordedBody.GetRawText();
            context.Response.ContentType = stream ? UpstreamReply.EventStreamContentType : "application/json";
            await context.Response.WriteAsync(stream ? string.Concat(Fixtures.ToSseFrames(RecordedStream()).Select(f => f.ToWireText())) : reply, Encoding.UTF8, ct);
        }));
        using var client = lane.Client();

        string suffix = operation switch
        {
            "get" => await Run(() => client.GetResponseAsync(id), string.Empty),
            "get-stream" => await Run(() => Wire.CollectAsync(client.GetResponseStreamingAsync(id)), "?stream=true"),
            "delete" => await Run(() => client.DeleteResponseAsync(id), string.Empty),
            "cancel" => await Run(() => client.CancelResponseAsync(id), "/cancel"),
            _ => await Run(() => client.ListInputItemsAsync(id), "/input_items"),
        };

        rawTargets.Should().Equal(lane.PathOf("responses/" + escaped) + suffix);

        static async Task<string> Run<T>(Func<Task<T>> call, string suffix)
        {
            await call();
            return suffix;
        }
    }
}
