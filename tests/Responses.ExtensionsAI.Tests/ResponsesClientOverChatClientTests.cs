using System.Text.Json;
using Microsoft.Extensions.AI;
using Responses.ExtensionsAI.Tests.Kit;
using Responses.Providers.Middleware.State;
using Responses.Testing;

namespace Responses.ExtensionsAI.Tests;

/// <summary>Any IChatClient as a Responses provider: requests become messages and options; answers become spec-valid responses and streams.</summary>
public class ResponsesClientOverChatClientTests
{
    private static ChatResponse ToolAnswer() => new(new ChatMessage(ChatRole.Assistant,
        [
            new TextReasoningContent("Need the weather.") { ProtectedData = "sig-1" },
            new TextContent("Checking "),
            new TextContent("now."),
            new FunctionCallContent("call_1", "get_weather", new Dictionary<string, object?> { ["city"] = "Paris" }),
        ]) { MessageId = "m1" })
    {
        ModelId = "llama-3",
        FinishReason = ChatFinishReason.ToolCalls,
        Usage = new UsageDetails { InputTokenCount = 12, OutputTokenCount = 7, TotalTokenCount = 19, CachedInputTokenCount = 4 },
    };

    private static CreateResponseRequest Request() => new()
    {
        Model = "llama-3",
        Instructions = "Be brief.",
        Temperature = 0.2,
        MaxOutputTokens = 200,
        Tools = [new FunctionTool { Name = "get_weather", Description = "Weather", Parameters = Fixtures.ParseElement("""{"type":"object","properties":{"city":{"type":"string"}}}""") }],
        ToolChoice = ToolChoice.Required,
        Text = new ResponseTextOptions { Format = new JsonSchemaResponseFormat { Name = "answer", Schema = Fixtures.ParseElement("""{"type":"object"}""") } },
        Input = new List<ResponseItem>
        {
            MessageItem.Developer("Use metric units."),
            MessageItem.User("Weather in Paris?"),
            new FunctionCallItem("call_0", "get_weather", """{"city":"Lyon"}"""),
            new FunctionCallOutputItem("call_0", "12C"),
        },
    };

    [Fact]
    public async Task Request_maps_to_messages_and_options()
    {
        var chat = new ScriptedChatClient().Then(ToolAnswer());
        using IResponsesClient client = chat.AsResponsesClient();

        await client.CreateResponseAsync(Request());

        (List<ChatMessage> messages, ChatOptions? options) = chat.Calls.Single();
        messages.Select(m => m.Role).Should().Equal(ChatRole.System, ChatRole.User, ChatRole.Assistant, ChatRole.Tool);
        messages[1].Text.Should().Be("Weather in Paris?");
        FunctionCallContent call = messages[2].Contents.OfType<FunctionCallContent>().Single();
        call.CallId.Should().Be("call_0");
        call.Arguments!["city"]!.ToString().Should().Be("Lyon");
        messages[3].Contents.OfType<FunctionResultContent>().Single().Result.Should().Be("12C");

        options!.ModelId.Should().Be("llama-3");
        options.Instructions.Should().Be("Be brief.");
        options.Temperature.Should().Be(0.2f);
        options.MaxOutputTokens.Should().Be(200);
        options.ToolMode.Should().Be(ChatToolMode.RequireAny);
        AIFunctionDeclaration tool = options.Tools!.OfType<AIFunctionDeclaration>().Single();
        tool.Name.Should().Be("get_weather");
        tool.JsonSchema.GetProperty("properties").TryGetProperty("city", out _).Should().BeTrue();
        options.ResponseFormat.Should().BeOfType<ChatResponseFormatJson>().Which.SchemaName.Should().Be("answer");
    }

    [Fact]
    public async Task Chat_response_becomes_a_valid_response()
    {
        using IResponsesClient client = new ScriptedChatClient().Then(ToolAnswer()).AsResponsesClient();

        Response response = await client.CreateResponseAsync(Request());

        SpecAssert.ValidResponse(response);
        response.Status.Should().Be(ResponseStatus.Completed);
        response.Model.Should().Be("llama-3");
        response.Output.Select(i => i.Type).Should().Equal("reasoning", "message", "function_call");
        ((ReasoningItem)response.Output[0]).EncryptedContent.Should().Be("sig-1");
        response.OutputText.Should().Be("Checking now.");
        var call = (FunctionCallItem)response.Output[2];
        call.CallId.Should().Be("call_1");
        JsonAssert.Equal("""{"city":"Paris"}""", call.Arguments!);
        response.Usage!.TotalTokens.Should().Be(19);
        response.Usage.InputTokensDetails!.CachedTokens.Should().Be(4);
    }

    [Fact]
    public async Task Updates_become_a_valid_event_stream_that_agrees_with_the_response()
    {
        using IResponsesClient client = new ScriptedChatClient().Then(ToolAnswer()).Then(ToolAnswer()).AsResponsesClient();

        List<ResponseStreamEvent> events = [];
        await foreach (ResponseStreamEvent e in client.CreateResponseStreamingAsync(Request()))
        {
            events.Add(e);
        }

        IReadOnlyList<JsonElement> json = SpecAssert.ValidStream(events);
        json.Select(e => e.GetProperty("type").GetString()).Should().Contain(["response.reasoning_summary_text.delta", "response.output_text.delta", "response.function_call_arguments.done", "response.completed"]);
        Response streamed = ((ResponseCompletedEvent)events[^1]).Response!;
        Response whole = await client.CreateResponseAsync(Request());
        streamed.Output.Select(i => i.Type).Should().Equal(whole.Output.Select(i => i.Type));
        streamed.OutputText.Should().Be(whole.OutputText);
        streamed.Usage!.TotalTokens.Should().Be(19);
    }

    [Fact]
    public async Task Length_finish_becomes_an_incomplete_response()
    {
        var answer = new ChatResponse(new ChatMessage(ChatRole.Assistant, "Trunc")) { FinishReason = ChatFinishReason.Length };
        using IResponsesClient client = new ScriptedChatClient().Then(answer).AsResponsesClient();

        Response response = await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "Hi" });

        SpecAssert.ValidResponse(response);
        response.Status.Should().Be(ResponseStatus.Incomplete);
        response.IncompleteDetails!.Reason.Should().Be("max_output_tokens");
    }

    [Fact]
    public async Task Failure_before_the_first_event_throws_and_after_it_fails_the_stream()
    {
        var early = new ScriptedChatClient { FailStream = (0, new HttpRequestException("connection refused")) }.Then(ToolAnswer());
        using IResponsesClient earlyClient = early.AsResponsesClient();
        Func<Task> act = async () =>
        {
            await foreach (ResponseStreamEvent _ in earlyClient.CreateResponseStreamingAsync(Request()))
            {
            }
        };
        ResponsesException thrown = (await act.Should().ThrowAsync<ResponsesException>()).Which;
        thrown.StatusCode.Should().Be(502);
        thrown.IsRetriable.Should().BeTrue();

        var late = new ScriptedChatClient { FailStream = (2, new InvalidOperationException("model crashed")) }.Then(ToolAnswer());
        using IResponsesClient lateClient = late.AsResponsesClient();
        List<ResponseStreamEvent> events = [];
        await foreach (ResponseStreamEvent e in lateClient.CreateResponseStreamingAsync(Request()))
        {
            events.Add(e);
        }

        SpecAssert.ValidStream(events);
        var failed = events[^1].Should().BeOfType<ResponseFailedEvent>().Subject;
        failed.Response!.Error!.Message.Should().Contain("model crashed");
    }

    [Fact]
    public async Task Stateless_on_its_own_previous_response_id_is_a_clear_error()
    {
        using IResponsesClient client = new ScriptedChatClient().AsResponsesClient("ollama");

        Func<Task> act = () => client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "Hi", PreviousResponseId = "resp_1" });

        ResponsesException error = (await act.Should().ThrowAsync<ResponsesException>()).Which;
        error.StatusCode.Should().Be(400);
        error.Error!.Param.Should().Be("previous_response_id");
        error.Message.Should().Contain("ollama").And.Contain("response store");
        client.GetService<ResponsesClientMetadata>()!.ProviderName.Should().Be("ollama");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task With_the_response_store_it_gains_stored_responses_and_previous_response_id(bool streaming)
    {
        var chat = new ScriptedChatClient()
            .Then(new ChatResponse(new ChatMessage(ChatRole.Assistant, "Hello Ada.")) { FinishReason = ChatFinishReason.Stop })
            .Then(new ChatResponse(new ChatMessage(ChatRole.Assistant, "Your name is Ada.")) { FinishReason = ChatFinishReason.Stop });
        using IResponsesClient client = chat.AsResponsesClient().AsBuilder().UseResponseStore().Build();

        Response first = await Run(client, new CreateResponseRequest { Model = "m", Input = "I am Ada.", Store = true }, streaming);
        Response second = await Run(client, new CreateResponseRequest { Model = "m", Input = "Who am I?", PreviousResponseId = first.Id, Store = true }, streaming);

        second.OutputText.Should().Be("Your name is Ada.");
        second.PreviousResponseId.Should().Be(first.Id);
        chat.Calls[1].Messages.Select(m => m.Text).Should().Equal("I am Ada.", "Hello Ada.", "Who am I?");
        Response stored = await client.GetResponseAsync(first.Id!);
        stored.OutputText.Should().Be("Hello Ada.");
        SpecAssert.ValidResponse(stored);
        ResponseItemList inputs = await client.ListInputItemsAsync(second.Id!);
        inputs.Data.Should().ContainSingle();
    }

    private static async Task<Response> Run(IResponsesClient client, CreateResponseRequest request, bool streaming)
    {
        if (!streaming)
        {
            Response response = await client.CreateResponseAsync(request);
            SpecAssert.ValidResponse(response);
            return response;
        }

        List<ResponseStreamEvent> events = [];
        await foreach (ResponseStreamEvent e in client.CreateResponseStreamingAsync(request))
        {
            events.Add(e);
        }

        SpecAssert.ValidStream(events);
        return ((ResponseCompletedEvent)events[^1]).Response!;
    }
}
