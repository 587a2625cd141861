using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Responses.Testing;

namespace Responses.Gateway.Tests;

/// <summary>Cross-key access beyond <see cref="VirtualKeyTests"/>: cancel, and conversations and their items, are 404 for another key.</summary>
public sealed class TenancyTests
{
    [Fact]
    public async Task Another_key_cannot_cancel_a_response_or_see_touch_or_delete_a_conversation()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.OpenAI.EnqueuePost("/v1/responses", UpstreamReply.Json(Fixtures.ReadJson(Fixtures.OpenAIResponsesRecordings + "/openai-phase.1.json")));
        using HttpClient a = await ClientForNewKeyAsync(gateway);
        using HttpClient b = await ClientForNewKeyAsync(gateway);

        var (created, response) = await SendAsync(a, HttpMethod.Post, "/v1/responses", """{"model":"gpt","input":"Hello","store":true}""");
        created.Should().Be(HttpStatusCode.OK, response.ToString());
        string id = response.GetProperty("id").GetString()!;
        var (cancel, cancelBody) = await SendAsync(b, HttpMethod.Post, $"/v1/responses/{id}/cancel");
        cancel.Should().Be(HttpStatusCode.NotFound, cancelBody.ToString());
        (await SendAsync(a, HttpMethod.Get, $"/v1/responses/{id}")).Status.Should().Be(HttpStatusCode.OK, "the owner still has it");

        var (made, conversation) = await SendAsync(a, HttpMethod.Post, "/v1/conversations", """{"items":[{"type":"message","role":"user","content":"secret plans"}]}""");
        made.Should().Be(HttpStatusCode.OK, conversation.ToString());
        string conv = conversation.GetProperty("id").GetString()!;
        (await SendAsync(b, HttpMethod.Get, $"/v1/conversations/{conv}")).Status.Should().Be(HttpStatusCode.NotFound);
        (await SendAsync(b, HttpMethod.Get, $"/v1/conversations/{conv}/items")).Status.Should().Be(HttpStatusCode.NotFound);
        (await SendAsync(b, HttpMethod.Post, $"/v1/conversations/{conv}/items", """{"items":[{"type":"message","role":"user","content":"injected"}]}""")).Status.Should().Be(HttpStatusCode.NotFound);
        (await SendAsync(b, HttpMethod.Post, $"/v1/conversations/{conv}", """{"metadata":{"k":"v"}}""")).Status.Should().Be(HttpStatusCode.NotFound);
        (await SendAsync(b, HttpMethod.Delete, $"/v1/conversations/{conv}")).Status.Should().Be(HttpStatusCode.NotFound);

        var (items, list) = await SendAsync(a, HttpMethod.Get, $"/v1/conversations/{conv}/items");
        items.Should().Be(HttpStatusCode.OK);
        list.GetProperty("data").GetArrayLength().Should().Be(1, "nothing was added by the other key");
    }

    private static async Task<HttpClient> ClientForNewKeyAsync(GatewayHarness gateway)
    {
        var (response, body) = await gateway.PostAsync("/key/generate", "{}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        var client = new HttpClient { BaseAddress = gateway.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("key").GetString());
        return client;
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient client, HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = json is null ? null : GatewayHarness.Json(json) };
        using HttpResponseMessage response = await client.SendAsync(request);
        return (response.StatusCode, await GatewayHarness.BodyAsync(response));
    }
}
