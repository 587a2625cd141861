using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Responses.Abstractions.Tests.Model;

/// <summary>Whatever the wire sends (unknown types, unknown properties, explicit nulls, omitted types) survives parse → serialize.</summary>
public class LosslessTests
{
    private const string Future = "\"x_future\":{\"a\":[1,null,\"z\"],\"b\":false}";

    [Theory]
    // Unknown item type.
    [InlineData("""{"type":"hologram_call","id":"hc_1","status":"completed","payload":{"x":[1,2]},"agent":{"agent_name":"a"}}""")]
    // Unknown content part type, next to a known one with an unknown property.
    [InlineData("""{"type":"message","id":"m1","role":"user","status":"completed","content":[{"type":"input_text","text":"hi","x":1},{"type":"input_smell","scent":"rose"}]}""")]
    // Unknown annotation type.
    [InlineData("""{"type":"message","id":"m2","role":"assistant","status":"completed","content":[{"type":"output_text","text":"t","annotations":[{"type":"page_citation","page":3},{"type":"url_citation","url":"u","start_index":0,"end_index":1,"title":"t","extra":null}],"logprobs":[]}]}""")]
    // Unknown computer action type, in "action" and in "actions".
    [InlineData("""{"type":"computer_call","id":"cu_1","call_id":"c1","action":{"type":"pinch","scale":2},"actions":[{"type":"click","button":"left","x":1,"y":2},{"type":"teleport","to":[1,2]}],"pending_safety_checks":[],"status":"completed"}""")]
    // Unknown nested family members.
    [InlineData("""{"type":"web_search_call","id":"ws_1","status":"completed","action":{"type":"summarize_page","url":"u"}}""")]
    [InlineData("""{"type":"code_interpreter_call","id":"ci_1","status":"completed","container_id":"c","code":"print(1)","outputs":[{"type":"files","files":[]},{"type":"logs","logs":"1"}]}""")]
    [InlineData("""{"type":"apply_patch_call","id":"apc_1","call_id":"c","status":"completed","operation":{"type":"rename_file","from":"a","to":"b"}}""")]
    [InlineData("""{"type":"shell_call_output","id":"sho_1","call_id":"c","status":"completed","max_output_length":null,"output":[{"stdout":"","stderr":"","outcome":{"type":"killed","signal":9}}]}""")]
    [InlineData("""{"type":"shell_call","id":"sh_1","call_id":"c","status":"completed","action":{"commands":["ls"],"timeout_ms":null,"max_output_length":null},"environment":{"type":"vm","vm_id":"v"}}""")]
    [InlineData("""{"type":"function_call","id":"fc_1","call_id":"c","name":"f","arguments":"{}","caller":{"type":"agent","agent_id":"a"}}""")]
    [InlineData("""{"type":"mcp_call","id":"mcp_1","server_label":"s","name":"n","arguments":"{}","error":{"type":"mcp_timeout","after_ms":5}}""")]
    // MCP error as a string (older spec) and as each known object.
    [InlineData("""{"type":"mcp_call","id":"mcp_2","server_label":"s","name":"n","arguments":"{}","error":"Tool failed","status":"failed"}""")]
    [InlineData("""{"type":"mcp_call","id":"mcp_3","server_label":"s","name":"n","arguments":"{}","error":{"type":"mcp_tool_execution_error","content":[{"type":"text","text":"boom"}]}}""")]
    [InlineData("""{"type":"mcp_call","id":"mcp_4","server_label":"s","name":"n","arguments":"{}","error":{"type":"http_error","code":502,"message":"bad gateway"}}""")]
    // Omitted type: an input message (EasyInputMessage) and an item reference; item reference with explicit null type.
    [InlineData("""{"role":"user","content":"hi"}""")]
    [InlineData("""{"role":"assistant","content":[{"type":"output_text","text":"hi","annotations":[]}],"phase":"commentary"}""")]
    [InlineData("""{"id":"msg_123"}""")]
    [InlineData("""{"type":null,"id":"msg_123"}""")]
    // Explicit nulls where the spec allows them.
    [InlineData("""{"type":"message","id":null,"role":"user","content":"x","status":null,"phase":null}""")]
    [InlineData("""{"type":"function_call_output","id":null,"call_id":"c","output":"ok","name":null,"namespace":null,"caller":null,"status":null}""")]
    [InlineData("""{"type":"function_call_output","call_id":"c","output":[{"type":"input_text","text":"t"},{"type":"input_image","image_url":null,"file_id":"f","detail":"low"},{"type":"input_file","file_id":null,"file_data":"data:application/pdf;base64,AA==","filename":"a.pdf"}]}""")]
    [InlineData("""{"type":"reasoning","id":"rs_1","summary":[],"content":null,"encrypted_content":null}""")]
    [InlineData("""{"type":"image_generation_call","id":"ig_1","status":"generating","result":null}""")]
    [InlineData("""{"type":"file_search_call","id":"fs_1","status":"completed","queries":["q"],"results":[{"file_id":"f","text":"t","filename":"a.txt","attributes":{"k":"v","n":1.5,"b":true},"score":0.25},{"attributes":null}]}""")]
    [InlineData("""{"type":"local_shell_call","id":"lsh_1","call_id":"c","status":"completed","action":{"type":"exec","command":["ls"],"timeout_ms":null,"working_directory":null,"env":{"A":"1"},"user":null}}""")]
    [InlineData("""{"type":"tool_search_call","id":"tsc_1","call_id":null,"execution":"client","arguments":{"query":"weather"},"status":"completed"}""")]
    [InlineData("""{"type":"item_reference","id":"rs_9"}""")]
    public void Item_round_trips(string json)
    {
        AssertRoundTrip<ResponseItem>(json);
    }

    [Theory]
    [InlineData("""{"role":"user","content":"hi"}""", typeof(MessageItem))]
    [InlineData("""{"id":"msg_123"}""", typeof(ItemReferenceItem))]
    [InlineData("""{"type":null,"id":"msg_123"}""", typeof(ItemReferenceItem))]
    [InlineData("""{"type":"hologram_call"}""", typeof(UnknownResponseItem))]
    public void Items_without_a_usable_type_read_sensibly(string json, Type expected)
    {
        ResponsesJson.Deserialize<ResponseItem>(json).Should().BeOfType(expected);
        AssertRoundTrip<ResponseItem>(json);
    }

    [Fact]
    public void Unknown_members_keep_their_type_and_properties()
    {
        var item = (ComputerCallItem)ResponsesJson.Deserialize<ResponseItem>("""{"type":"computer_call","action":{"type":"pinch","scale":2}}""")!;
        UnknownComputerAction action = item.Action.Should().BeOfType<UnknownComputerAction>().Subject;
        action.Type.Should().Be("pinch");
        action.TryGetAdditionalProperty("scale", out JsonElement scale).Should().BeTrue();
        scale.GetInt32().Should().Be(2);
    }

    public static TheoryData<string, string> EveryKnownDiscriminator()
    {
        var data = new TheoryData<string, string>();
        void Add(string family, IReadOnlyDictionary<string, Type> known)
        {
            foreach (string discriminator in known.Keys.Order(StringComparer.Ordinal))
            {
                data.Add(family, discriminator);
            }
        }

        Add(nameof(ResponseItem), new ResponseItemConverter().KnownTypes);
        Add(nameof(ContentPart), new ContentPartConverter().KnownTypes);
        Add(nameof(Annotation), new AnnotationConverter().KnownTypes);
        Add(nameof(ComputerAction), new ComputerActionConverter().KnownTypes);
        Add(nameof(WebSearchAction), new WebSearchActionConverter().KnownTypes);
        Add(nameof(CodeInterpreterOutput), new CodeInterpreterOutputConverter().KnownTypes);
        Add(nameof(ApplyPatchOperation), new ApplyPatchOperationConverter().KnownTypes);
        Add(nameof(ShellCallOutcome), new ShellCallOutcomeConverter().KnownTypes);
        Add(nameof(ShellCallEnvironment), new ShellCallEnvironmentConverter().KnownTypes);
        Add(nameof(ToolCallCaller), new ToolCallCallerConverter().KnownTypes);
        Add(nameof(McpToolCallError), new McpToolCallErrorConverter().KnownTypes);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryKnownDiscriminator))]
    public void Unknown_property_survives_on_every_class(string family, string discriminator)
    {
        string json = $$"""{"type":"{{discriminator}}",{{Future}}}""";
        object value = RoundTrip(family, json);
        value.GetType().Name.Should().NotStartWith("Unknown");
        ((WireObject)value).AdditionalProperties.Should().ContainKey("x_future");
    }

    [Theory]
    [MemberData(nameof(EveryKnownDiscriminator))]
    public void Explicit_null_survives_on_every_nullable_property(string family, string discriminator)
    {
        Type type = FamilyConverterTypes(family)[discriminator];
        JsonTypeInfo info = ResponsesJson.Options.GetTypeInfo(type);
        foreach (JsonPropertyInfo property in info.Properties)
        {
            bool nullable = !property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null;
            if (property.IsExtensionData || property.Name == "type" || !nullable)
            {
                continue;
            }

            RoundTrip(family, $$"""{"type":"{{discriminator}}","{{property.Name}}":null}""");
        }
    }

    [Fact]
    public void Nested_objects_keep_unknown_properties_and_nulls()
    {
        AssertRoundTrip<ResponseItem>($$$"""{"type":"computer_call_output","call_id":"c","output":{"type":"computer_screenshot","image_url":"data:image/png;base64,AA==",{{{Future}}}},"acknowledged_safety_checks":[{"id":"s","code":null,"message":null,{{{Future}}}}]}""");
        AssertRoundTrip<ResponseItem>($$$"""{"type":"mcp_list_tools","id":"l","server_label":"s","tools":[{"name":"t","description":null,"input_schema":{"type":"object"},"annotations":null,{{{Future}}}}],"error":null}""");
        AssertRoundTrip<ResponseItem>($$$"""{"type":"web_search_call","id":"w","status":"completed","action":{"type":"search","query":"q","queries":["q"],"sources":[{"type":"url","url":"u",{{{Future}}}},{"type":"api","name":"weather"}]}}""");
        AssertRoundTrip<ResponseItem>($$$"""{"type":"computer_call","call_id":"c","action":{"type":"drag","path":[{"x":1,"y":2,{{{Future}}}}],"keys":null},"pending_safety_checks":[]}""");
        AssertRoundTrip<ResponseItem>($$$"""{"type":"shell_call","call_id":"c","action":{"commands":[],"timeout_ms":null,"max_output_length":null,{{{Future}}}},"environment":{"type":"local","skills":[{"name":"n","description":"d","path":"p",{{{Future}}}}]}}""");
        AssertRoundTrip<ResponseItem>($$$"""{"type":"message","role":"user","content":[{"type":"input_text","text":"t","prompt_cache_breakpoint":{"mode":"explicit",{{{Future}}}}},{"type":"input_audio","input_audio":{"data":"AA==","format":"wav",{{{Future}}}}}]}""");
        AssertRoundTrip<ResponseItem>($$$"""{"type":"message","role":"assistant","content":[{"type":"output_text","text":"t","annotations":[],"logprobs":[{"token":"t","logprob":-0.5,"bytes":[116],"top_logprobs":[{"token":"t","logprob":-0.5,"bytes":[116],{{{Future}}}}],{{{Future}}}}]}]}""");
        AssertRoundTrip<ResponseItem>($$$"""{"type":"function_call","call_id":"c","name":"n","arguments":"{}","agent":{"agent_name":"a",{{{Future}}}}}""");
    }

    private static IReadOnlyDictionary<string, Type> FamilyConverterTypes(string family) => family switch
    {
        nameof(ResponseItem) => new ResponseItemConverter().KnownTypes,
        nameof(ContentPart) => new ContentPartConverter().KnownTypes,
        nameof(Annotation) => new AnnotationConverter().KnownTypes,
        nameof(ComputerAction) => new ComputerActionConverter().KnownTypes,
        nameof(WebSearchAction) => new WebSearchActionConverter().KnownTypes,
        nameof(CodeInterpreterOutput) => new CodeInterpreterOutputConverter().KnownTypes,
        nameof(ApplyPatchOperation) => new ApplyPatchOperationConverter().KnownTypes,
        nameof(ShellCallOutcome) => new ShellCallOutcomeConverter().KnownTypes,
        nameof(ShellCallEnvironment) => new ShellCallEnvironmentConverter().KnownTypes,
        nameof(ToolCallCaller) => new ToolCallCallerConverter().KnownTypes,
        nameof(McpToolCallError) => new McpToolCallErrorConverter().KnownTypes,
        _ => throw new ArgumentOutOfRangeException(nameof(family)),
    };

    private static object RoundTrip(string family, string json) => family switch
    {
        nameof(ResponseItem) => AssertRoundTrip<ResponseItem>(json),
        nameof(ContentPart) => AssertRoundTrip<ContentPart>(json),
        nameof(Annotation) => AssertRoundTrip<Annotation>(json),
        nameof(ComputerAction) => AssertRoundTrip<ComputerAction>(json),
        nameof(WebSearchAction) => AssertRoundTrip<WebSearchAction>(json),
        nameof(CodeInterpreterOutput) => AssertRoundTrip<CodeInterpreterOutput>(json),
        nameof(ApplyPatchOperation) => AssertRoundTrip<ApplyPatchOperation>(json),
        nameof(ShellCallOutcome) => AssertRoundTrip<ShellCallOutcome>(json),
        nameof(ShellCallEnvironment) => AssertRoundTrip<ShellCallEnvironment>(json),
        nameof(ToolCallCaller) => AssertRoundTrip<ToolCallCaller>(json),
        nameof(McpToolCallError) => AssertRoundTrip<McpToolCallError>(json),
        _ => throw new ArgumentOutOfRangeException(nameof(family)),
    };

    private static T AssertRoundTrip<T>(string json)
    {
        T value = ResponsesJson.Deserialize<T>(json)!;
        string written = ResponsesJson.Serialize(value);
        JsonElement.DeepEquals(JsonDocument.Parse(json).RootElement, JsonDocument.Parse(written).RootElement)
            .Should().BeTrue($"it should round-trip.\nread:    {json}\nwritten: {written}");
        return value;
    }
}
