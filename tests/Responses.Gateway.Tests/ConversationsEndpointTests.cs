using System.Net;
using System.Text.Json;
using Responses.Testing;

namespace Responses.Gateway.Tests;

/// <summary><c>/v1/conversations</c> and <c>conversation</c> on <c>/v1/responses</c> over raw HTTP.</summary>
public sealed class ConversationsEndpointTests
{
    private static async Task<string> CreateAsync(GatewayHarness gateway, string json)
    {
        var (response, body) = await gateway.PostAsync("/v1/conversations", json);
        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        Valid("ConversationResource", body);
        return body.GetProperty("id").GetString()!;
    }

    private static void Valid(string schema, JsonElement json) => SchemaValidator.Default.AssertValid(ApiSpec.OpenAI, schema, json);

    private static string[] Ids(JsonElement list) => list.GetProperty("data").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToArray();

    [Fact]
    public async Task Items_are_listed_with_limit_order_and_after_with_and_without_v1()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        string items = string.Join(",", Enumerable.Range(0, 5).Select(i => $$"""{"type":"message","role":"user","content":"m{{i}}","id":"msg_{{i}}"}"""));
        string id = await CreateAsync(gateway, $$"""{"items":[{{items}}]}""");

        var (_, newest) = await gateway.SendAsync(HttpMethod.Get, $"/v1/conversations/{id}/items?limit=2");
        Valid("ConversationItemList", newest);
        Ids(newest).Should().Equal("msg_4", "msg_3");
        newest.GetProperty("object").GetString().Should().Be("list");
        newest.GetProperty("first_id").GetString().Should().Be("msg_4");
        newest.GetProperty("last_id").GetString().Should().Be("msg_3");
        newest.GetProperty("has_more").GetBoolean().Should().BeTrue();
        newest.GetProperty("data")[0].GetProperty("content")[0].GetProperty("type").GetString().Should().Be("input_text");
        newest.GetProperty("data")[0].GetProperty("status").GetString().Should().Be("completed");

        var (_, page) = await gateway.SendAsync(HttpMethod.Get, $"/conversations/{id}/items?limit=2&order=asc&after=msg_1");
        Ids(page).Should().Equal("msg_2", "msg_3");

        var (item, one) = await gateway.SendAsync(HttpMethod.Get, $"/conversations/{id}/items/msg_2");
        item.StatusCode.Should().Be(HttpStatusCode.OK);
        one.GetProperty("content")[0].GetProperty("text").GetString().Should().Be("m2");
        Valid("ConversationItem", one);

        var (delete, conversation) = await gateway.SendAsync(HttpMethod.Delete, $"/v1/conversations/{id}/items/msg_2");
        delete.StatusCode.Should().Be(HttpStatusCode.OK);
        Valid("ConversationResource", conversation);
        var (_, all) = await gateway.SendAsync(HttpMethod.Get, $"/v1/conversations/{id}/items?order=asc");
        Ids(all).Should().Equal("msg_0", "msg_1", "msg_3", "msg_4");

        var (badLimit, error) = await gateway.SendAsync(HttpMethod.Get, $"/v1/conversations/{id}/items?limit=101");
        badLimit.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        error.GetProperty("error").GetProperty("param").GetString().Should().Be("limit");
    }

    [Fact]
    public async Task Unknown_and_other_keys_conversations_are_404_in_the_OpenAI_shape()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        string id = await CreateAsync(gateway, """{"metadata":{"owner":"master"}}""");
        var (generated, keyBody) = await gateway.PostAsync("/key/generate", """{"models":["gpt"]}""");
        generated.IsSuccessStatusCode.Should().BeTrue(keyBody.ToString());
        using var other = new HttpClient { BaseAddress = gateway.BaseAddress };
        other.DefaultRequestHeaders.Authorization = new("Bearer", keyBody.GetProperty("key").GetString());

        foreach ((HttpClient client, string conversationId) in new[] { (gateway.Client, "conv_unknown"), (other, id) })
        {
            foreach ((HttpMethod method, string path) in new[] { (HttpMethod.Get, ""), (HttpMethod.Delete, ""), (HttpMethod.Get, "/items"), (HttpMethod.Get, "/items/msg_1") })
            {
                using HttpResponseMessage response = await client.SendAsync(new HttpRequestMessage(method, $"/v1/conversations/{conversationId}{path}"));
                response.StatusCode.Should().Be(HttpStatusCode.NotFound, $"{method} {path}");
                JsonElement error = (await GatewayHarness.BodyAsync(response)).GetProperty("error");
                error.GetProperty("type").GetString().Should().Be("invalid_request_error");
                error.GetProperty("message").GetString().Should().Be($"Conversation with id '{conversationId}' not found.");
            }

            using HttpResponseMessage add = await client.PostAsync($"/v1/conversations/{conversationId}/items", GatewayHarness.Json("""{"items":[{"type":"message","role":"user","content":"x"}]}"""));
            add.StatusCode.Should().Be(HttpStatusCode.NotFound);
            using HttpResponseMessage respond = await client.PostAsync("/v1/responses", GatewayHarness.Json($$"""{"model":"gpt","input":"x","conversation":"{{conversationId}}"}"""));
            respond.StatusCode.Should().Be(HttpStatusCode.NotFound);
            (await GatewayHarness.BodyAsync(respond)).GetProperty("error").GetProperty("param").GetString().Should().Be("conversation");
        }

        var (own, body) = await gateway.SendAsync(HttpMethod.Get, $"/v1/conversations/{id}");
        own.StatusCode.Should().Be(HttpStatusCode.OK);
        body.GetProperty("metadata").GetProperty("owner").GetString().Should().Be("master");
        gateway.OpenAI.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Bad_requests_are_400()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        string id = await CreateAsync(gateway, "{}");
        string tooMany = string.Join(",", Enumerable.Range(0, 21).Select(i => """{"type":"message","role":"user","content":"x"}"""));

        var (many, manyError) = await gateway.PostAsync($"/v1/conversations/{id}/items", $$"""{"items":[{{tooMany}}]}""");
        many.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        manyError.GetProperty("error").GetProperty("param").GetString().Should().Be("items");
        var (json, _) = await gateway.PostAsync("/v1/conversations", "{not json");
        json.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var (both, bothError) = await gateway.PostAsync("/v1/responses", $$"""{"model":"gpt","input":"x","conversation":"{{id}}","previous_response_id":"resp_1"}""");
        both.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        bothError.GetProperty("error").GetProperty("message").GetString().Should().Contain("previous_response_id").And.Contain("conversation");
        gateway.OpenAI.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_streamed_response_continues_the_conversation()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        // Anthropic behind: every event is made by this library, so each must be schema-valid.
        gateway.Anthropic.EnqueuePost("/v1/messages", UpstreamReply.Sse(Fixtures.ReadSseFrames("wire/anthropic/basic_response.txt")));
        string id = await CreateAsync(gateway, """{"items":[{"type":"message","role":"user","content":"Earlier turn"}]}""");

        using HttpResponseMessage stream = await gateway.Client.PostAsync("/v1/responses", GatewayHarness.Json($$$"""{"model":"claude","input":"Now","stream":true,"conversation":{"id":"{{{id}}}"}}"""));
        IReadOnlyList<JsonElement> events = await GatewayHarness.ReadEventsAsync(stream);

        JsonElement completed = events.Last(e => e.GetProperty("type").GetString() == "response.completed").GetProperty("response");
        completed.GetProperty("conversation").GetProperty("id").GetString().Should().Be(id);
        foreach (JsonElement e in events)
        {
            SchemaValidator.Default.AssertValidStreamEvent(e);
        }

        IReadOnlyList<RecordedRequest> upstream = await gateway.Anthropic.WaitForRequestsAsync(1);
        JsonElement messages = upstream[0].Json!.Value.GetProperty("messages");
        messages.GetRawText().Should().Contain("Earlier turn").And.Contain("Now");
        messages.GetRawText().IndexOf("Earlier turn", StringComparison.Ordinal).Should().BeLessThan(messages.GetRawText().IndexOf("Now", StringComparison.Ordinal));
        var (_, list) = await gateway.SendAsync(HttpMethod.Get, $"/v1/conversations/{id}/items?order=asc&limit=100");
        list.GetProperty("data").GetArrayLength().Should().Be(2 + completed.GetProperty("output").GetArrayLength());
        Valid("ConversationItemList", list);
        list.GetProperty("data")[1].GetProperty("content")[0].GetProperty("text").GetString().Should().Be("Now");
    }
}
