using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;
using OpenAI.Conversations;
using OpenAI.Responses;
using Responses.Testing;

#pragma warning disable OPENAI001 // the Conversations and Responses clients are marked experimental

namespace Responses.Gateway.Tests;

/// <summary>The official OpenAI .NET SDK's (2.14.0) <see cref="ConversationClient"/> (protocol methods) and <see cref="ResponsesClient"/> against the gateway.</summary>
public sealed class ConversationsSdkTests
{
    private const string OpenAIRecording = Fixtures.OpenAIResponsesRecordings + "/openai-phase.1";

    private static OpenAI.OpenAIClientOptions Options(GatewayHarness gateway) => new() { Endpoint = new Uri(gateway.BaseAddress, "v1") };

    private static JsonElement Json(ClientResult result) => JsonDocument.Parse(result.GetRawResponse().Content.ToString()).RootElement.Clone();

    [Fact]
    public async Task The_SDK_manages_a_conversation_and_its_items_and_continues_it_with_a_response()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        var conversations = new ConversationClient(new ApiKeyCredential(GatewayHarness.MasterKey), Options(gateway));

        JsonElement created = Json(await conversations.CreateConversationAsync(BinaryContent.Create(BinaryData.FromString(
            """{"metadata":{"topic":"demo"},"items":[{"type":"message","role":"user","content":"My name is Ada."}]}"""))));
        string id = created.GetProperty("id").GetString()!;
        id.Should().StartWith("conv_");
        created.GetProperty("object").GetString().Should().Be("conversation");
        created.GetProperty("metadata").GetProperty("topic").GetString().Should().Be("demo");

        Json(await conversations.GetConversationAsync(id)).GetProperty("id").GetString().Should().Be(id);
        JsonElement updated = Json(await conversations.UpdateConversationAsync(id, BinaryContent.Create(BinaryData.FromString("""{"metadata":{"topic":"changed"}}"""))));
        updated.GetProperty("metadata").GetProperty("topic").GetString().Should().Be("changed");

        JsonElement added = Json(await conversations.CreateConversationItemsAsync(id, BinaryContent.Create(BinaryData.FromString(
            """{"items":[{"type":"message","role":"user","content":[{"type":"input_text","text":"I live in Paris."}]}]}"""))));
        added.GetProperty("data").GetArrayLength().Should().Be(1);
        string addedId = added.GetProperty("data")[0].GetProperty("id").GetString()!;
        Json(await conversations.GetConversationItemAsync(id, addedId)).GetProperty("content")[0].GetProperty("text").GetString().Should().Be("I live in Paris.");

        // A response in the conversation: the upstream gets the conversation's items, the conversation gets the turn.
        JsonElement recorded = Fixtures.ReadJson(OpenAIRecording + ".json");
        gateway.OpenAI.EnqueuePost("/v1/responses", UpstreamReply.Json(recorded));
        var responses = new ResponsesClient(new ApiKeyCredential(GatewayHarness.MasterKey), new ResponsesClientOptions { Endpoint = new Uri(gateway.BaseAddress, "v1") });
        ClientResult response = await responses.CreateResponseAsync(BinaryContent.Create(BinaryData.FromString(
            $$"""{"model":"gpt","input":"What is my name?","conversation":"{{id}}"}""")));
        Json(response).GetProperty("conversation").GetProperty("id").GetString().Should().Be(id);
        // OpenAI passes through: no violation the recorded OpenAI response does not have itself.
        SchemaValidator.Default.ValidateResponse(Json(response), ApiSpec.OpenAI).Should().BeSubsetOf(SchemaValidator.Default.ValidateResponse(recorded, ApiSpec.OpenAI));
        IReadOnlyList<RecordedRequest> upstream = await gateway.OpenAI.WaitForRequestsAsync(1);
        JsonElement sent = upstream[0].Json!.Value;
        // The gateway owns the conversation: the upstream gets none (a request read from JSON keeps an explicit null).
        (sent.TryGetProperty("conversation", out JsonElement upstreamConversation) ? upstreamConversation.ValueKind : JsonValueKind.Null).Should().Be(JsonValueKind.Null);
        sent.GetProperty("input").GetArrayLength().Should().Be(3);
        sent.GetProperty("input").GetRawText().Should().Contain("My name is Ada.").And.Contain("I live in Paris.").And.Contain("What is my name?");

        JsonElement listed = Json(await conversations.GetConversationItemsAsync(id, 100, "asc", null, null, new RequestOptions()).GetRawPagesAsync().FirstAsync());
        int outputs = recorded.GetProperty("output").GetArrayLength();
        listed.GetProperty("data").GetArrayLength().Should().Be(3 + outputs);
        listed.GetProperty("data")[2].GetProperty("content")[0].GetProperty("text").GetString().Should().Be("What is my name?");

        Json(await conversations.DeleteConversationItemAsync(id, addedId)).GetProperty("id").GetString().Should().Be(id);
        JsonElement deleted = Json(await conversations.DeleteConversationAsync(id));
        SchemaValidator.Default.AssertValid(ApiSpec.OpenAI, "DeletedConversationResource", deleted);
        deleted.GetProperty("deleted").GetBoolean().Should().BeTrue();

        Func<Task> get = () => conversations.GetConversationAsync(id);
        (await get.Should().ThrowAsync<ClientResultException>()).Which.Status.Should().Be(404);
    }
}
