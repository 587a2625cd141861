using System.ComponentModel;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Responses.ExtensionsAI.Tests.Kit;
using Responses.Testing;

namespace Responses.ExtensionsAI.Tests;

/// <summary>ChatOptions and chat messages become the request M.E.AI.OpenAI would send (checked as JSON the provider received).</summary>
public class ChatClientRequestMappingTests
{
    [Description("Gets the weather")]
    private static string GetWeather([Description("The city")] string city) => $"sunny in {city}";

    private static async Task<JsonElement> SendAsync(IEnumerable<ChatMessage> messages, ChatOptions? options, string? defaultModel = null)
    {
        var provider = new RecordingResponsesClient().Then(RecordingResponsesClient.Text("ok"));
        using IChatClient chat = provider.AsChatClient(defaultModel);
        await chat.GetResponseAsync(messages, options);
        return Fixtures.ParseElement(provider.RequestJson.Single());
    }

    [Fact]
    public async Task Options_map_to_request_fields()
    {
        var options = new ChatOptions
        {
            ModelId = "gpt-test",
            Temperature = 0.5f,
            TopP = 0.9f,
            MaxOutputTokens = 321,
            PresencePenalty = 0.25f,
            FrequencyPenalty = 0.75f,
            Instructions = "Be brief.",
            StopSequences = ["STOP"],
            Reasoning = new Microsoft.Extensions.AI.ReasoningOptions { Effort = Microsoft.Extensions.AI.ReasoningEffort.High, Output = ReasoningOutput.Summary },
        };

        JsonElement body = await SendAsync([new ChatMessage(ChatRole.User, "Hi")], options);

        JsonAssert.Equal(
            """
            {"model":"gpt-test","input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"Hi"}]}],
             "instructions":"Be brief.","reasoning":{"effort":"high","summary":"concise"},"max_output_tokens":321,
             "temperature":0.5,"top_p":0.8999999761581421,"presence_penalty":0.25,"frequency_penalty":0.75}
            """,
            body.GetRawText(),
            "stop sequences have no Responses field and are left out, as M.E.AI.OpenAI does");
    }

    [Fact]
    public async Task Default_model_is_used_when_options_name_none()
    {
        JsonElement body = await SendAsync([new ChatMessage(ChatRole.User, "Hi")], null, defaultModel: "my-default");
        body.GetProperty("model").GetString().Should().Be("my-default");
    }

    [Theory]
    [InlineData("resp_123", "previous_response_id")]
    [InlineData("conv_abc", "conversation")]
    public async Task ConversationId_becomes_previous_response_id_or_conversation(string conversationId, string field)
    {
        JsonElement body = await SendAsync([new ChatMessage(ChatRole.User, "Hi")], new ChatOptions { ConversationId = conversationId });
        body.GetProperty(field).GetString().Should().Be(conversationId);
        body.TryGetProperty(field == "conversation" ? "previous_response_id" : "conversation", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Tools_and_tool_modes_map_to_response_tools()
    {
        var options = new ChatOptions
        {
            Tools =
            [
                AIFunctionFactory.Create(GetWeather, "get_weather"),
                new HostedWebSearchTool(),
                new HostedFileSearchTool { Inputs = [new HostedVectorStoreContent("vs_1")], MaximumResultCount = 4 },
                new HostedCodeInterpreterTool { Inputs = [new HostedFileContent("file_1")] },
                new HostedMcpServerTool("deepwiki", "https://mcp.example.test/mcp") { ApprovalMode = HostedMcpServerToolApprovalMode.NeverRequire, AllowedTools = ["ask"] },
                new ResponseToolAITool(new ImageGenerationTool()),
            ],
            ToolMode = ChatToolMode.RequireSpecific("get_weather"),
            AllowMultipleToolCalls = false,
        };

        JsonElement body = await SendAsync([new ChatMessage(ChatRole.User, "Hi")], options);

        JsonAssert.Equal(
            """
            [{"type":"function","name":"get_weather","description":"Gets the weather",
              "parameters":{"type":"object","required":["city"],"properties":{"city":{"description":"The city","type":"string"}},"additionalProperties":false}},
             {"type":"web_search"},
             {"type":"file_search","vector_store_ids":["vs_1"],"max_num_results":4},
             {"type":"code_interpreter","container":{"type":"auto","file_ids":["file_1"]}},
             {"type":"mcp","server_label":"deepwiki","server_url":"https://mcp.example.test/mcp","allowed_tools":["ask"],"require_approval":"never"},
             {"type":"image_generation"}]
            """,
            body.GetProperty("tools").GetRawText());
        body.GetProperty("tool_choice").GetRawText().Should().Be("""{"type":"function","name":"get_weather"}""");
        body.GetProperty("parallel_tool_calls").GetBoolean().Should().BeFalse();
    }

    [Theory]
    [InlineData("auto", "\"auto\"")]
    [InlineData("none", "\"none\"")]
    [InlineData("required", "\"required\"")]
    public async Task Tool_mode_maps_to_tool_choice(string mode, string expected)
    {
        ChatToolMode toolMode = mode switch { "auto" => ChatToolMode.Auto, "none" => ChatToolMode.None, _ => ChatToolMode.RequireAny };
        JsonElement body = await SendAsync([new ChatMessage(ChatRole.User, "Hi")], new ChatOptions { Tools = [AIFunctionFactory.Create(GetWeather, "get_weather")], ToolMode = toolMode });
        body.GetProperty("tool_choice").GetRawText().Should().Be(expected);
    }

    [Fact]
    public async Task Json_schema_response_format_becomes_text_format_json_schema()
    {
        JsonElement schema = Fixtures.ParseElement("""{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""");
        var options = new ChatOptions
        {
            ResponseFormat = ChatResponseFormat.ForJsonSchema(schema, "place", "A place"),
            AdditionalProperties = new() { ["strictJsonSchema"] = true },
        };

        JsonElement body = await SendAsync([new ChatMessage(ChatRole.User, "Hi")], options);

        JsonAssert.Equal(
            """
            {"format":{"type":"json_schema","name":"place","description":"A place",
              "schema":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false},"strict":true}}
            """,
            body.GetProperty("text").GetRawText());
        body.TryGetProperty("strictJsonSchema", out _).Should().BeFalse("the strict switch is an option, not a request field");
    }

    [Fact]
    public async Task Raw_request_is_the_starting_point_and_is_not_changed()
    {
        var raw = new CreateResponseRequest { Store = false, Instructions = "From raw.", Temperature = 0.1, Include = ["reasoning.encrypted_content"] };
        var options = new ChatOptions { RawRepresentationFactory = _ => raw, Temperature = 0.9f, Instructions = "From options." };

        JsonElement body = await SendAsync([new ChatMessage(ChatRole.User, "Hi")], options);

        body.GetProperty("store").GetBoolean().Should().BeFalse();
        body.GetProperty("temperature").GetDouble().Should().Be(0.1, "the raw request's values win, as in M.E.AI.OpenAI");
        body.GetProperty("instructions").GetString().Should().Be($"From raw.{Environment.NewLine}From options.");
        body.GetProperty("include")[0].GetString().Should().Be("reasoning.encrypted_content");
        raw.Input.Should().BeNull("the caller's raw request is cloned, never filled in");
        raw.Instructions.Should().Be("From raw.");
    }

    [Fact]
    public async Task Additional_properties_become_request_fields_by_wire_name()
    {
        var options = new ChatOptions
        {
            AdditionalProperties = new() { ["top_k"] = 40, ["service_tier"] = "flex", ["metadata"] = new Dictionary<string, string> { ["k"] = "v" } },
        };

        var provider = new RecordingResponsesClient().Then(RecordingResponsesClient.Text("ok"));
        using IChatClient chat = provider.AsChatClient();
        await chat.GetResponseAsync([new ChatMessage(ChatRole.User, "Hi")], options);

        CreateResponseRequest sent = provider.Requests.Single();
        sent.ServiceTier.Should().Be(ServiceTier.Create("flex"), "a known field is read into its typed property");
        sent.Metadata.Should().Equal(new Dictionary<string, string> { ["k"] = "v" });
        sent.AdditionalProperties!["top_k"].GetInt32().Should().Be(40, "an unknown field travels as JSON");
    }

    [Fact]
    public async Task Messages_map_to_input_items()
    {
        byte[] pdf = [0x25, 0x50, 0x44, 0x46];
        ChatMessage[] messages =
        [
            new(ChatRole.System, "You are terse."),
            new(ChatRole.User, [new TextContent("Look:"), new UriContent("https://img.example.test/cat.png", "image/png"), new DataContent(pdf, "application/pdf") { Name = "doc.pdf" }, new HostedFileContent("file_9")]),
            new(ChatRole.Assistant, [new TextReasoningContent("Thinking.") { ProtectedData = "enc-1" }, new TextContent("Checking."), new FunctionCallContent("call_1", "get_weather", new Dictionary<string, object?> { ["city"] = "Paris" })]),
            new(ChatRole.Tool, [new FunctionResultContent("call_1", "sunny")]),
            new(ChatRole.User, []),
        ];

        JsonElement body = await SendAsync(messages, null);

        JsonAssert.Equal(
            """
            [{"type":"message","role":"system","content":[{"type":"input_text","text":"You are terse."}]},
             {"type":"message","role":"user","content":[
               {"type":"input_text","text":"Look:"},
               {"type":"input_image","image_url":"https://img.example.test/cat.png"},
               {"type":"input_file","file_data":"data:application/pdf;base64,JVBERg==","filename":"doc.pdf"},
               {"type":"input_file","file_id":"file_9"}]},
             {"type":"reasoning","encrypted_content":"enc-1","summary":[{"type":"summary_text","text":"Thinking."}]},
             {"type":"message","role":"assistant","content":[{"type":"output_text","text":"Checking.","annotations":[]}]},
             {"type":"function_call","call_id":"call_1","name":"get_weather","arguments":"{\"city\":\"Paris\"}","status":"completed"},
             {"type":"function_call_output","call_id":"call_1","output":"sunny"},
             {"type":"message","role":"user","content":[{"type":"input_text","text":""}]}]
            """,
            body.GetProperty("input").GetRawText());
    }

    [Fact]
    public async Task Function_results_with_content_become_output_parts()
    {
        ChatMessage[] messages =
        [
            new(ChatRole.Assistant, [new FunctionCallContent("call_1", "snap", new Dictionary<string, object?>())]),
            new(ChatRole.Tool, [new FunctionResultContent("call_1", new AIContent[] { new TextContent("here"), new UriContent("https://img.example.test/a.png", "image/png") })]),
            new(ChatRole.Tool, [new FunctionResultContent("call_2", new { temperature = 18 })]),
        ];

        JsonElement body = await SendAsync(messages, null);

        JsonAssert.Equal(
            """
            [{"type":"function_call","call_id":"call_1","name":"snap","arguments":"{}","status":"completed"},
             {"type":"function_call_output","call_id":"call_1","output":[{"type":"input_text","text":"here"},{"type":"input_image","image_url":"https://img.example.test/a.png"}]},
             {"type":"function_call_output","call_id":"call_2","output":"{\"temperature\":18}"}]
            """,
            body.GetProperty("input").GetRawText());
    }
}
