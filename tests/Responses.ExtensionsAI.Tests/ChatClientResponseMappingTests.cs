using System.Text.Json;
using Microsoft.Extensions.AI;
using Responses.ExtensionsAI.Tests.Kit;
using Responses.Providers.Streaming;
using Responses.Testing;

namespace Responses.ExtensionsAI.Tests;

/// <summary>Responses and event streams become ChatResponses and updates; every item goes back out unchanged.</summary>
public class ChatClientResponseMappingTests
{
    // A reasoning item with protected data, a message, a web search call, a custom tool call (no M.E.AI type) and a function call, with usage.
    private static void ToolTurn(ResponseWriter w)
    {
        int r = w.BeginReasoning("rs_1");
        w.AppendReasoningSummary(r, "Need weather.");
        w.SetEncryptedContent(r, "enc-secret");
        w.EndItem(r);
        int m = w.BeginMessage("msg_1");
        w.AppendOutputText(m, "Let me check.");
        w.EndItem(m);
        w.AddItem(new WebSearchCallItem { Id = "ws_1", Status = ItemStatus.Completed, Action = new WebSearchSearchAction { Query = "paris weather" }, AdditionalProperties = new Dictionary<string, JsonElement> { ["future_field"] = Fixtures.ParseElement("{\"kept\":true}") } });
        w.AddItem(new CustomToolCallItem { Id = "ctc_1", CallId = "custom_1", Name = "grammar", Input = "SELECT 1", Status = ItemStatus.Completed });
        int f = w.BeginFunctionCall("call_1", "get_weather", "fc_1");
        w.AppendFunctionArguments(f, """{"city":"Paris"}""");
        w.EndItem(f);
        w.SetUsage(new ResponseUsage
        {
            InputTokens = 100,
            OutputTokens = 40,
            TotalTokens = 140,
            InputTokensDetails = new InputTokensDetails { CachedTokens = 60, CacheWriteTokens = 5 },
            OutputTokensDetails = new OutputTokensDetails { ReasoningTokens = 25 },
        });
        w.Complete();
    }

    [Fact]
    public async Task Response_maps_to_chat_response()
    {
        var provider = new RecordingResponsesClient { Model = "m-1" }.Then(ToolTurn);
        using IChatClient chat = provider.AsChatClient();

        ChatResponse response = await chat.GetResponseAsync("Weather?");

        var raw = (Response)response.RawRepresentation!;
        SpecAssert.ValidResponse(raw, openResponses: false); // Open Responses has no web_search_call output item
        response.ResponseId.Should().Be(raw.Id).And.StartWith("resp_");
        response.ModelId.Should().Be("m-1");
        response.CreatedAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(raw.CreatedAt));
        response.FinishReason.Should().Be(ChatFinishReason.ToolCalls);
        response.ConversationId.Should().BeNull("a stateless provider's response cannot be continued by id");
        response.Usage!.InputTokenCount.Should().Be(100);
        response.Usage.OutputTokenCount.Should().Be(40);
        response.Usage.TotalTokenCount.Should().Be(140);
        response.Usage.CachedInputTokenCount.Should().Be(60);
        response.Usage.ReasoningTokenCount.Should().Be(25);
        response.Usage.AdditionalCounts.Should().Equal(new Dictionary<string, long> { ["InputTokenDetails.CacheWriteTokenCount"] = 5 });

        ChatMessage message = response.Messages.Single();
        message.Role.Should().Be(ChatRole.Assistant);
        message.MessageId.Should().Be("msg_1");
        message.Contents.Select(c => c.GetType().Name).Should().Equal(
            nameof(TextReasoningContent), nameof(TextContent), nameof(WebSearchToolCallContent), nameof(WebSearchToolResultContent), nameof(AIContent), nameof(FunctionCallContent));
        var reasoning = (TextReasoningContent)message.Contents[0];
        reasoning.Text.Should().Be("Need weather.");
        reasoning.ProtectedData.Should().Be("enc-secret");
        ((WebSearchToolCallContent)message.Contents[2]).Queries.Should().Equal("paris weather");
        message.Contents[2].RawRepresentation.Should().BeNull("only the result carries the item, so it goes back once");
        message.Contents[3].RawRepresentation.Should().BeOfType<WebSearchCallItem>();
        message.Contents[4].RawRepresentation.Should().BeOfType<CustomToolCallItem>("an item M.E.AI has no type for");
        var call = (FunctionCallContent)message.Contents[5];
        call.CallId.Should().Be("call_1");
        call.Name.Should().Be("get_weather");
        call.Arguments.Should().ContainKey("city");
        call.Arguments!["city"]!.ToString().Should().Be("Paris");
    }

    [Fact]
    public async Task Stored_response_id_becomes_the_conversation_id()
    {
        var provider = new RecordingResponsesClient { Stored = true }.Then(RecordingResponsesClient.Text("one")).Then(RecordingResponsesClient.Text("two"));
        using IChatClient chat = provider.AsChatClient();

        ChatResponse first = await chat.GetResponseAsync("Hi");
        first.ConversationId.Should().Be(first.ResponseId);

        await chat.GetResponseAsync("And?", new ChatOptions { ConversationId = first.ConversationId });
        provider.Requests[1].PreviousResponseId.Should().Be(first.ResponseId);
    }

    [Fact]
    public async Task Output_goes_back_out_unchanged_on_the_next_turn()
    {
        var provider = new RecordingResponsesClient().Then(ToolTurn).Then(RecordingResponsesClient.Text("Sunny."));
        using IChatClient chat = provider.AsChatClient();
        List<ChatMessage> history = [new(ChatRole.User, "Weather?")];

        ChatResponse first = await chat.GetResponseAsync(history);
        history.AddRange(first.Messages);
        history.Add(new ChatMessage(ChatRole.Tool, [new FunctionResultContent("call_1", "18C")]));
        await chat.GetResponseAsync(history);

        JsonElement output = ResponsesJson.SerializeToElement(((Response)first.RawRepresentation!).Output);
        JsonElement input = Fixtures.ParseElement(provider.RequestJson[1]).GetProperty("input");
        input.GetArrayLength().Should().Be(7);
        JsonAssert.Equal(output[0], input[1], "reasoning with its encrypted content");
        JsonAssert.Equal(output[2], input[3], "the web search call, unknown fields included");
        JsonAssert.Equal(output[3], input[4], "an item M.E.AI has no type for");
        JsonAssert.Equal(output[4], input[5], "the function call item, id and status included");
        input[2].GetProperty("content")[0].GetProperty("text").GetString().Should().Be("Let me check.");
        input[6].GetProperty("type").GetString().Should().Be("function_call_output");
    }

    [Fact]
    public async Task Streaming_updates_carry_ids_usage_and_finish_reason()
    {
        var provider = new RecordingResponsesClient { Model = "m-1", Stored = true }.Then(ToolTurn);
        using IChatClient chat = provider.AsChatClient();

        List<ChatResponseUpdate> updates = [];
        await foreach (ChatResponseUpdate update in chat.GetStreamingResponseAsync("Weather?"))
        {
            updates.Add(update);
        }

        SpecAssert.ValidStream(updates.Select(u => (ResponseStreamEvent)u.RawRepresentation!), openResponses: false); // no web_search_call in Open Responses
        string responseId = updates[0].ResponseId!;
        updates.Should().OnlyContain(u => u.ResponseId == responseId && u.ConversationId == responseId && u.ModelId == "m-1" && u.CreatedAt != null);
        updates.Where(u => u.Text.Length > 0).Should().OnlyContain(u => u.MessageId == "msg_1" && u.Role == ChatRole.Assistant);
        updates[^1].FinishReason.Should().Be(ChatFinishReason.ToolCalls);
        UsageDetails usage = updates[^1].Contents.OfType<UsageContent>().Single().Details;
        usage.TotalTokenCount.Should().Be(140);
        usage.CachedInputTokenCount.Should().Be(60);

        ChatResponse coalesced = updates.ToChatResponse();
        coalesced.Text.Should().Be("Let me check.");
        coalesced.ResponseId.Should().Be(responseId);
        coalesced.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().Single().Name.Should().Be("get_weather");
        coalesced.Messages.SelectMany(m => m.Contents).OfType<TextReasoningContent>().Should().Contain(r => r.ProtectedData == "enc-secret");
    }

    [Fact]
    public async Task Streamed_reasoning_goes_back_as_one_item_with_its_protected_data()
    {
        var provider = new RecordingResponsesClient().Then(ToolTurn).Then(RecordingResponsesClient.Text("Sunny."));
        using IChatClient chat = provider.AsChatClient();
        List<ChatMessage> history = [new(ChatRole.User, "Weather?")];

        List<ChatResponseUpdate> updates = [];
        await foreach (ChatResponseUpdate update in chat.GetStreamingResponseAsync(history))
        {
            updates.Add(update);
        }

        history.AddMessages(updates);
        history.Add(new ChatMessage(ChatRole.Tool, [new FunctionResultContent("call_1", "18C")]));
        await chat.GetResponseAsync(history);

        JsonElement input = Fixtures.ParseElement(provider.RequestJson[1]).GetProperty("input");
        JsonElement[] reasoning = [.. input.EnumerateArray().Where(i => i.GetProperty("type").GetString() == "reasoning")];
        reasoning.Should().ContainSingle();
        reasoning[0].GetProperty("encrypted_content").GetString().Should().Be("enc-secret");
        reasoning[0].GetProperty("summary")[0].GetProperty("text").GetString().Should().Be("Need weather.");
        input.EnumerateArray().Select(i => i.GetProperty("type").GetString()).Should().Equal("message", "reasoning", "message", "web_search_call", "custom_tool_call", "function_call", "function_call_output");
    }

    [Fact]
    public async Task Incomplete_response_finishes_with_length()
    {
        var provider = new RecordingResponsesClient().Then(w =>
        {
            int m = w.BeginMessage();
            w.AppendOutputText(m, "Trunc");
            w.Incomplete("max_output_tokens");
        });
        using IChatClient chat = provider.AsChatClient();

        ChatResponse response = await chat.GetResponseAsync("Hi");

        response.FinishReason.Should().Be(ChatFinishReason.Length);
        response.Text.Should().Be("Trunc");
    }

    [Fact]
    public async Task Failed_stream_ends_with_error_content()
    {
        var provider = new RecordingResponsesClient().Then(w =>
        {
            int m = w.BeginMessage();
            w.AppendOutputText(m, "Par");
            w.Fail("server_error", "upstream broke");
        });
        using IChatClient chat = provider.AsChatClient();

        List<ChatResponseUpdate> updates = [];
        await foreach (ChatResponseUpdate update in chat.GetStreamingResponseAsync("Hi"))
        {
            updates.Add(update);
        }

        ErrorContent error = updates[^1].Contents.OfType<ErrorContent>().Single();
        error.Message.Should().Be("upstream broke");
        error.ErrorCode.Should().Be("server_error");
        updates[^1].FinishReason.Should().BeNull();
    }

    [Fact]
    public async Task Mcp_approvals_and_calls_map_both_ways()
    {
        var provider = new RecordingResponsesClient()
            .Then(w =>
            {
                w.AddItem(new McpApprovalRequestItem { Id = "mcpr_1", ServerLabel = "wiki", Name = "ask", Arguments = """{"q":"dotnet"}""" });
                w.Complete();
            })
            .Then(w =>
            {
                w.AddItem(new McpCallItem { Id = "mcp_1", ServerLabel = "wiki", Name = "ask", Arguments = """{"q":"dotnet"}""", Output = "A runtime.", Status = ItemStatus.Completed, ApprovalRequestId = "mcpr_1" });
                int m = w.BeginMessage();
                w.AppendOutputText(m, ".NET is a runtime.");
                w.Complete();
            })
            .Then(RecordingResponsesClient.Text("bye"));
        using IChatClient chat = provider.AsChatClient();
        var options = new ChatOptions { Tools = [new HostedMcpServerTool("wiki", "https://wiki.example.test/mcp")] };
        List<ChatMessage> history = [new(ChatRole.User, "What is dotnet?")];

        ChatResponse first = await chat.GetResponseAsync(history, options);
        ToolApprovalRequestContent approval = first.Messages.SelectMany(m => m.Contents).OfType<ToolApprovalRequestContent>().Single();
        approval.RequestId.Should().Be("mcpr_1");
        var toolCall = approval.ToolCall.Should().BeOfType<McpServerToolCallContent>().Subject;
        toolCall.ServerName.Should().Be("wiki");
        toolCall.Name.Should().Be("ask");
        toolCall.Arguments!["q"]!.ToString().Should().Be("dotnet");

        history.AddRange(first.Messages);
        history.Add(new ChatMessage(ChatRole.User, [approval.CreateResponse(approved: true)]));
        ChatResponse second = await chat.GetResponseAsync(history, options);

        JsonElement secondInput = Fixtures.ParseElement(provider.RequestJson[1]).GetProperty("input");
        JsonAssert.Equal(
            """
            [{"type":"message","role":"user","content":[{"type":"input_text","text":"What is dotnet?"}]},
             {"type":"mcp_approval_request","id":"mcpr_1","server_label":"wiki","name":"ask","arguments":"{\"q\":\"dotnet\"}"},
             {"type":"mcp_approval_response","approval_request_id":"mcpr_1","approve":true}]
            """,
            secondInput.GetRawText());

        List<AIContent> contents = [.. second.Messages.SelectMany(m => m.Contents)];
        contents.OfType<McpServerToolCallContent>().Single().CallId.Should().Be("mcp_1");
        contents.OfType<McpServerToolResultContent>().Single().Outputs!.OfType<TextContent>().Single().Text.Should().Be("A runtime.");

        history.AddRange(second.Messages);
        history.Add(new ChatMessage(ChatRole.User, "Thanks"));
        await chat.GetResponseAsync(history, options);
        JsonElement thirdInput = Fixtures.ParseElement(provider.RequestJson[2]).GetProperty("input");
        thirdInput.EnumerateArray().Count(i => i.GetProperty("type").GetString() == "mcp_call").Should().Be(1, "the call and result pair goes back as one item");
    }

    [Fact]
    public async Task Hosted_tool_items_map_to_their_MEAI_contents_and_go_back_once()
    {
        string png = Convert.ToBase64String([0x89, 0x50, 0x4E, 0x47]);
        var provider = new RecordingResponsesClient()
            .Then(w =>
            {
                w.AddItem(new CodeInterpreterCallItem { Id = "ci_1", ContainerId = "cntr_1", Code = "print(6*7)", Status = ItemStatus.Completed, Outputs = [new CodeInterpreterLogsOutput { Logs = "42" }] });
                w.AddItem(new ImageGenerationCallItem { Id = "ig_1", Status = ItemStatus.Completed, Result = png, OutputFormat = "png" });
                w.Complete();
            })
            .Then(RecordingResponsesClient.Text("ok"));
        using IChatClient chat = provider.AsChatClient();

        ChatResponse response = await chat.GetResponseAsync("Compute and draw");

        List<AIContent> contents = [.. response.Messages.SelectMany(m => m.Contents)];
        CodeInterpreterToolCallContent code = contents.OfType<CodeInterpreterToolCallContent>().Single();
        code.CallId.Should().Be("ci_1");
        code.Inputs!.OfType<DataContent>().Single().MediaType.Should().Be("text/x-python");
        contents.OfType<CodeInterpreterToolResultContent>().Single().Outputs!.OfType<TextContent>().Single().Text.Should().Be("42");
        DataContent image = contents.OfType<ImageGenerationToolResultContent>().Single().Outputs!.OfType<DataContent>().Single();
        image.MediaType.Should().Be("image/png");
        image.Data.ToArray().Should().Equal(0x89, 0x50, 0x4E, 0x47);

        await chat.GetResponseAsync([new ChatMessage(ChatRole.User, "Compute and draw"), .. response.Messages, new ChatMessage(ChatRole.User, "Thanks")]);
        JsonElement input = Fixtures.ParseElement(provider.RequestJson[1]).GetProperty("input");
        input.EnumerateArray().Select(i => i.GetProperty("type").GetString()).Should().Equal("message", "code_interpreter_call", "image_generation_call", "message");
    }

    [Fact]
    public void GetService_answers_metadata_and_the_responses_client()
    {
        var provider = new RecordingResponsesClient { Model = "m-9" };
        using IChatClient chat = provider.AsChatClient();

        ChatClientMetadata metadata = chat.GetService<ChatClientMetadata>()!;
        metadata.ProviderName.Should().Be("recording");
        metadata.DefaultModelId.Should().Be("m-9");
        chat.GetService<IResponsesClient>().Should().BeSameAs(provider);
        chat.GetService<ResponsesClientMetadata>()!.ProviderName.Should().Be("recording");
        chat.GetService<ChatClientMetadata>("key").Should().BeNull();
    }
}
