using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests.Gemini;

/// <summary>Golden request bodies: each mapping rule, checked on the JSON that reaches the fake upstream.</summary>
public class GeminiRequestMappingTests
{
    private const string TextAnswer = """{"candidates":[{"content":{"role":"model","parts":[{"text":"ok"}]},"finishReason":"STOP","index":0}],"usageMetadata":{"promptTokenCount":1,"candidatesTokenCount":1,"totalTokenCount":2},"modelVersion":"gemini-2.5-flash","responseId":"r1"}""";

    private static async Task<(JsonElement Body, RecordedRequest Request)> SendAsync(string requestJson, Action<Responses.Providers.Gemini.GeminiResponsesClientOptions>? configure = null)
    {
        await using GeminiHarness harness = await GeminiHarness.StartAsync(configure);
        harness.ReplyBody(UpstreamReply.Json(TextAnswer));
        await harness.CreateAsync(ResponsesJson.Deserialize<CreateResponseRequest>(requestJson)!);
        RecordedRequest request = await harness.LastRequestAsync();
        return (request.Json!.Value, request);
    }

    private static void AssertBody(JsonElement actual, string expected) => JsonAssert.Equal(Fixtures.ParseElement(expected), actual);

    [Fact]
    public async Task Text_instructions_and_system_messages()
    {
        (JsonElement body, RecordedRequest request) = await SendAsync("""
            {"model":"gemini-2.5-pro","instructions":"Be brief.","input":[
              {"role":"developer","content":"Answer in French."},
              {"role":"user","content":"Hi"},
              {"role":"assistant","content":[{"type":"output_text","text":"Bonjour"}]},
              {"role":"user","content":[{"type":"input_text","text":"Again"}]}]}
            """);
        request.Path.Should().Be("/v1beta/models/gemini-2.5-pro:generateContent");
        request.Header("x-goog-api-key").Should().Be("gemini-test-key");
        AssertBody(body, """
            {"contents":[{"role":"user","parts":[{"text":"Hi"}]},{"role":"model","parts":[{"text":"Bonjour"}]},{"role":"user","parts":[{"text":"Again"}]}],
             "systemInstruction":{"parts":[{"text":"Be brief."},{"text":"Answer in French."}]}}
            """);
    }

    [Fact]
    public async Task Images_and_files_become_inline_data_or_file_data()
    {
        (JsonElement body, _) = await SendAsync("""
            {"input":[{"role":"user","content":[
              {"type":"input_image","image_url":"data:image/png;base64,iVBORw0KGgo="},
              {"type":"input_image","image_url":"https://example.com/cat.webp"},
              {"type":"input_file","file_data":"data:application/pdf;base64,JVBERi0=","filename":"a.pdf"},
              {"type":"input_file","file_data":"JVBERi0=","filename":"b.pdf"},
              {"type":"input_file","file_url":"gs://bucket/report.pdf"}]}]}
            """);
        AssertBody(body, """
            {"contents":[{"role":"user","parts":[
              {"inlineData":{"mimeType":"image/png","data":"iVBORw0KGgo="}},
              {"fileData":{"mimeType":"image/webp","fileUri":"https://example.com/cat.webp"}},
              {"inlineData":{"mimeType":"application/pdf","data":"JVBERi0="}},
              {"inlineData":{"mimeType":"application/pdf","data":"JVBERi0="}},
              {"fileData":{"mimeType":"application/pdf","fileUri":"gs://bucket/report.pdf"}}]}]}
            """);
    }

    [Fact]
    public async Task Function_tools_and_tool_choice()
    {
        (JsonElement body, _) = await SendAsync("""
            {"input":"Weather?","tool_choice":{"type":"function","name":"weather"},"tools":[
              {"type":"function","name":"weather","description":"Gets weather","parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false},"strict":true},
              {"type":"function","name":"now"}]}
            """);
        AssertBody(body, """
            {"contents":[{"role":"user","parts":[{"text":"Weather?"}]}],
             "tools":[{"functionDeclarations":[
               {"name":"weather","description":"Gets weather","parametersJsonSchema":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false}},
               {"name":"now"}]}],
             "toolConfig":{"functionCallingConfig":{"mode":"ANY","allowedFunctionNames":["weather"]}}}
            """);
    }

    [Theory]
    [InlineData("\"auto\"", """{"mode":"AUTO"}""")]
    [InlineData("\"required\"", """{"mode":"ANY"}""")]
    [InlineData("\"none\"", """{"mode":"NONE"}""")]
    [InlineData("""{"type":"allowed_tools","mode":"required","tools":[{"type":"function","name":"f"}]}""", """{"mode":"ANY","allowedFunctionNames":["f"]}""")]
    public async Task Tool_choice_modes(string toolChoice, string expected)
    {
        (JsonElement body, _) = await SendAsync("""{"input":"x","tool_choice":""" + toolChoice + ""","tools":[{"type":"function","name":"f","parameters":{"type":"object"}}]}""");
        JsonAssert.Equal(Fixtures.ParseElement(expected), body.GetProperty("toolConfig").GetProperty("functionCallingConfig"));
    }

    [Fact]
    public async Task OpenApi_subset_removes_unsupported_keywords()
    {
        (JsonElement body, _) = await SendAsync(
            """{"input":"x","tools":[{"type":"function","name":"f","parameters":{"$schema":"x","type":"object","additionalProperties":false,"properties":{"a":{"type":["string","null"],"const":"q"},"b":{"type":"array","items":{"type":"integer","exclusiveMinimum":0}}}}}]}""",
            o => o.UseOpenApiSchemaSubset = true);
        JsonAssert.Equal(
            Fixtures.ParseElement("""{"name":"f","parameters":{"type":"object","properties":{"a":{"type":"string","nullable":true},"b":{"type":"array","items":{"type":"integer"}}}}}"""),
            body.GetProperty("tools")[0].GetProperty("functionDeclarations")[0]);
    }

    [Fact]
    public async Task Sampling_output_length_stop_and_structured_output()
    {
        (JsonElement body, _) = await SendAsync("""
            {"input":"x","temperature":0.3,"top_p":0.9,"max_output_tokens":100,"top_k":40,"stop":["END"],
             "text":{"format":{"type":"json_schema","name":"out","schema":{"type":"object","properties":{"a":{"type":"string"}}}}}}
            """);
        AssertBody(body.GetProperty("generationConfig"), """
            {"maxOutputTokens":100,"temperature":0.3,"topP":0.9,"topK":40,"stopSequences":["END"],"responseMimeType":"application/json",
             "responseJsonSchema":{"type":"object","properties":{"a":{"type":"string"}}}}
            """);
    }

    [Fact]
    public async Task Json_object_format_sets_the_mime_type_only()
    {
        (JsonElement body, _) = await SendAsync("""{"input":"x","text":{"format":{"type":"json_object"}}}""");
        AssertBody(body.GetProperty("generationConfig"), """{"responseMimeType":"application/json"}""");
    }

    [Theory]
    [InlineData("gemini-2.5-flash", "none", null, """{"thinkingBudget":0}""")]
    [InlineData("gemini-2.5-flash", "minimal", null, """{"thinkingBudget":512}""")]
    [InlineData("gemini-2.5-flash", "low", null, """{"thinkingBudget":1024}""")]
    [InlineData("gemini-2.5-pro", "medium", "auto", """{"thinkingBudget":8192,"includeThoughts":true}""")]
    [InlineData("gemini-2.5-pro", "high", null, """{"thinkingBudget":24576}""")]
    [InlineData("gemini-3-pro-preview", "low", null, """{"thinkingLevel":"low"}""")]
    [InlineData("gemini-3-pro-preview", "high", "detailed", """{"thinkingLevel":"high","includeThoughts":true}""")]
    [InlineData("gemini-3-flash-preview", "minimal", null, """{"thinkingLevel":"minimal"}""")]
    [InlineData("gemini-3-flash-preview", "none", null, """{"thinkingLevel":"low"}""")]
    [InlineData("gemini-3-pro-preview", "xhigh", null, """{"thinkingLevel":"high"}""")]
    public async Task Reasoning_effort_becomes_thinking_config(string model, string effort, string? summary, string expected)
    {
        string reasoning = summary is null ? $$"""{"effort":"{{effort}}"}""" : $$"""{"effort":"{{effort}}","summary":"{{summary}}"}""";
        (JsonElement body, _) = await SendAsync($$"""{"model":"{{model}}","input":"x","reasoning":{{reasoning}}}""");
        AssertBody(body.GetProperty("generationConfig").GetProperty("thinkingConfig"), expected);
    }

    [Fact]
    public async Task Unsupported_input_is_rejected_before_sending()
    {
        await using GeminiHarness harness = await GeminiHarness.StartAsync();
        Func<Task> act = () => harness.Client.CreateResponseAsync(ResponsesJson.Deserialize<CreateResponseRequest>(
            """{"input":[{"type":"function_call_output","call_id":"c1","output":"x"}]}""")!);
        (await act.Should().ThrowAsync<ResponsesException>()).Which.Error!.Param.Should().Be("input[0]");
        Func<Task> stateful = () => harness.Client.CreateResponseAsync(new CreateResponseRequest { Input = "x", PreviousResponseId = "resp_1" });
        (await stateful.Should().ThrowAsync<ResponsesException>()).Which.StatusCode.Should().Be(400);
        harness.Upstream.Requests.Should().BeEmpty();
    }
}
