using System.Text.Json;

namespace Responses.Abstractions.Tests.Model;

/// <summary>Objects built in code write exactly their values, required arrays, and nulls only where the spec requires the property.</summary>
public class BuiltInCodeTests
{
    [Fact]
    public void Message_factories()
    {
        Json(MessageItem.User("hi")).Should().Be("""{"type":"message","role":"user","content":"hi"}""");
        Json(MessageItem.System("be brief")).Should().Be("""{"type":"message","role":"system","content":"be brief"}""");
        Json(MessageItem.Developer("rules")).Should().Be("""{"type":"message","role":"developer","content":"rules"}""");
        Json(MessageItem.Assistant("ok")).Should().Be("""{"type":"message","role":"assistant","content":"ok"}""");
        Json(MessageItem.User(new InputTextPart("look"), new InputImagePart { ImageUrl = "https://x/y.png", Detail = ImageDetail.High }))
            .Should().Be("""{"type":"message","role":"user","content":[{"type":"input_text","text":"look"},{"type":"input_image","image_url":"https://x/y.png","detail":"high"}]}""");
    }

    [Fact]
    public void Output_message_with_annotations_and_phase()
    {
        var message = new MessageItem
        {
            Id = "msg_1",
            Role = MessageRole.Assistant,
            Status = ItemStatus.Completed,
            Phase = MessagePhase.FinalAnswer,
            Content = new List<ContentPart>
            {
                new OutputTextPart("See x.")
                {
                    Annotations = [new UrlCitationAnnotation { Url = "https://x", StartIndex = 4, EndIndex = 5, Title = "X" }, new FileCitationAnnotation { FileId = "file_1", Index = 5, Filename = "a.pdf" }],
                },
                new RefusalPart("no"),
            },
        };
        Json(message).Should().Be("""{"type":"message","id":"msg_1","role":"assistant","content":[{"type":"output_text","text":"See x.","annotations":[{"type":"url_citation","url":"https://x","start_index":4,"end_index":5,"title":"X"},{"type":"file_citation","file_id":"file_1","index":5,"filename":"a.pdf"}]},{"type":"refusal","refusal":"no"}],"status":"completed","phase":"final_answer"}""");
    }

    [Fact]
    public void Function_and_custom_tool_outputs()
    {
        Json(new FunctionCallItem("call_1", "get_weather", """{"city":"Paris"}"""))
            .Should().Be("""{"type":"function_call","call_id":"call_1","name":"get_weather","arguments":"{\"city\":\"Paris\"}"}""");
        Json(new FunctionCallOutputItem("call_1", """{"temp":21}"""))
            .Should().Be("""{"type":"function_call_output","call_id":"call_1","output":"{\"temp\":21}"}""");
        Json(new FunctionCallOutputItem("call_1", new List<ContentPart> { new InputTextPart("chart:"), new InputFilePart { FileId = "file_9" } }))
            .Should().Be("""{"type":"function_call_output","call_id":"call_1","output":[{"type":"input_text","text":"chart:"},{"type":"input_file","file_id":"file_9"}]}""");
        Json(new CustomToolCallOutputItem("call_2", "done"))
            .Should().Be("""{"type":"custom_tool_call_output","call_id":"call_2","output":"done"}""");
    }

    [Fact]
    public void Required_arrays_are_written_empty()
    {
        Json(new ReasoningItem { Id = "rs_1" }).Should().Be("""{"type":"reasoning","id":"rs_1","summary":[]}""");
        Json(new FileSearchCallItem { Id = "fs_1", Status = ItemStatus.Completed }).Should().Be("""{"type":"file_search_call","id":"fs_1","status":"completed","queries":[]}""");
        Json(new ComputerCallItem { Id = "cu_1", CallId = "c", Action = new ComputerClickAction { Button = ComputerMouseButton.Left, X = 1, Y = 2 }, Status = ItemStatus.Completed })
            .Should().Be("""{"type":"computer_call","id":"cu_1","call_id":"c","action":{"type":"click","button":"left","x":1,"y":2},"pending_safety_checks":[],"status":"completed"}""");
        Json(new McpListToolsItem { Id = "l", ServerLabel = "s" }).Should().Be("""{"type":"mcp_list_tools","id":"l","server_label":"s","tools":[]}""");
        Json(new ToolSearchOutputItem { Id = "tso", Execution = ToolSearchExecution.Client })
            .Should().Be("""{"type":"tool_search_output","id":"tso","call_id":null,"execution":"client","tools":[]}""");
        Json(new AgentMessageItem { Author = "a", Recipient = "b" }).Should().Be("""{"type":"agent_message","author":"a","recipient":"b","content":[]}""");
    }

    [Fact]
    public void Required_nullable_properties_are_written_as_null()
    {
        Json(new CodeInterpreterCallItem { Id = "ci", ContainerId = "cntr", Status = ItemStatus.InProgress })
            .Should().Be("""{"type":"code_interpreter_call","id":"ci","status":"in_progress","container_id":"cntr","code":null,"outputs":null}""");
        Json(new ImageGenerationCallItem { Id = "ig", Status = ItemStatus.Generating })
            .Should().Be("""{"type":"image_generation_call","id":"ig","status":"generating","result":null}""");
        Json(new ShellCallItem { CallId = "c", Action = new ShellCallAction { Commands = ["ls"] } })
            .Should().Be("""{"type":"shell_call","call_id":"c","action":{"commands":["ls"],"timeout_ms":null,"max_output_length":null},"environment":null}""");
        Json(new ShellCallOutputItem { CallId = "c", Output = [new ShellCallOutputContent { Stdout = "a", Stderr = "", Outcome = new ShellCallExitOutcome { ExitCode = 0 } }] })
            .Should().Be("""{"type":"shell_call_output","call_id":"c","output":[{"stdout":"a","stderr":"","outcome":{"type":"exit","exit_code":0}}],"max_output_length":null}""");
        Json(new ComputerCallItem { CallId = "c", Actions = [new ComputerDoubleClickAction { X = 3, Y = 4 }, new ComputerKeyPressAction { Keys = ["CTRL", "C"] }, new ComputerWaitAction()] })
            .Should().Be("""{"type":"computer_call","call_id":"c","actions":[{"type":"double_click","x":3,"y":4,"keys":null},{"type":"keypress","keys":["CTRL","C"]},{"type":"wait"}],"pending_safety_checks":[]}""");
    }

    [Fact]
    public void Inputs_built_for_a_follow_up_turn()
    {
        Json(new ItemReferenceItem("msg_1")).Should().Be("""{"type":"item_reference","id":"msg_1"}""");
        Json(new McpApprovalResponseItem("mcpr_1", approve: false)).Should().Be("""{"type":"mcp_approval_response","approval_request_id":"mcpr_1","approve":false}""");
        Json(new ComputerCallOutputItem { CallId = "c", Output = new ComputerScreenshotImage { ImageUrl = "data:image/png;base64,AA==" }, AcknowledgedSafetyChecks = [new ComputerSafetyCheck { Id = "sc_1" }] })
            .Should().Be("""{"type":"computer_call_output","call_id":"c","output":{"type":"computer_screenshot","image_url":"data:image/png;base64,AA=="},"acknowledged_safety_checks":[{"id":"sc_1"}]}""");
        Json(new ApplyPatchCallOutputItem { CallId = "c", Status = ItemStatus.Completed })
            .Should().Be("""{"type":"apply_patch_call_output","call_id":"c","status":"completed"}""");
        Json(new LocalShellCallItem { CallId = "c", Action = new LocalShellExecAction { Command = ["ls"] } })
            .Should().Be("""{"type":"local_shell_call","call_id":"c","action":{"type":"exec","command":["ls"],"env":{}}}""");
        Json(new CompactionTriggerItem()).Should().Be("""{"type":"compaction_trigger"}""");
        Json(new FunctionCallItem("c", "f", "{}") { Caller = new ProgramToolCallCaller { CallerId = "call_p" } })
            .Should().Be("""{"type":"function_call","call_id":"c","name":"f","arguments":"{}","caller":{"type":"program","caller_id":"call_p"}}""");
        Json(new ApplyPatchCallItem { CallId = "c", Operation = new ApplyPatchDeleteFileOperation { Path = "a.txt" } })
            .Should().Be("""{"type":"apply_patch_call","call_id":"c","operation":{"type":"delete_file","path":"a.txt"}}""");
        Json(new WebSearchCallItem { Id = "ws", Action = new WebSearchSearchAction { Queries = ["q"], Sources = [new WebSearchSource { Url = "https://x" }] } })
            .Should().Be("""{"type":"web_search_call","id":"ws","action":{"type":"search","queries":["q"],"sources":[{"type":"url","url":"https://x"}]}}""");
    }

    [Fact]
    public void Content_parts()
    {
        Json<ContentPart>(new ComputerScreenshotPart { FileId = "file_1" })
            .Should().Be("""{"type":"computer_screenshot","image_url":null,"file_id":"file_1"}""");
        Json<ContentPart>(new InputTextPart("t") { PromptCacheBreakpoint = new PromptCacheBreakpoint() })
            .Should().Be("""{"type":"input_text","text":"t","prompt_cache_breakpoint":{"mode":"explicit"}}""");
        Json<ContentPart>(new InputFilePart { FileUrl = "https://x/a.pdf", Detail = FileDetail.Low })
            .Should().Be("""{"type":"input_file","file_url":"https://x/a.pdf","detail":"low"}""");
        Json<ContentPart>(new SummaryTextPart("s")).Should().Be("""{"type":"summary_text","text":"s"}""");
        Json<Annotation>(new ContainerFileCitationAnnotation { ContainerId = "c", FileId = "f", StartIndex = 1, EndIndex = 2, Filename = "a.csv" })
            .Should().Be("""{"type":"container_file_citation","container_id":"c","file_id":"f","start_index":1,"end_index":2,"filename":"a.csv"}""");
        Json<Annotation>(new FilePathAnnotation { FileId = "f", Index = 0 }).Should().Be("""{"type":"file_path","file_id":"f","index":0}""");
    }

    [Fact]
    public void Message_text_includes_refusals_unless_asked_not_to()
    {
        MessageContent content = new List<ContentPart> { new OutputTextPart("Sure. "), new RefusalPart("I can't help with that."), new InputImagePart { FileId = "f" } };
        content.GetText().Should().Be("Sure. I can't help with that.");
        content.GetText(includeRefusals: false).Should().Be("Sure. ");
        new MessageContent("plain").GetText().Should().Be("plain");
        new ToolCallOutputContent(new List<ContentPart> { new InputTextPart("a"), new InputImagePart(), new InputTextPart("b") }).GetText().Should().Be("ab");
    }

    [Fact]
    public void Shell_output_events_are_typed()
    {
        var done = new ResponseShellCallOutputContentDoneEvent { ItemId = "sho", Output = [new ShellCallOutputContent { Stdout = "x", Stderr = "", Outcome = new ShellCallTimeoutOutcome() }] };
        ResponsesJson.Serialize<ResponseStreamEvent>(done).Should().Contain("""
            "output":[{"stdout":"x","stderr":"","outcome":{"type":"timeout"}}]
            """);
        var delta = new ResponseShellCallOutputContentDeltaEvent { ItemId = "sho", Delta = new ShellCallOutputDelta { Stderr = "warn" } };
        ResponsesJson.Serialize<ResponseStreamEvent>(delta).Should().Contain("""
            "delta":{"stderr":"warn"}
            """);
    }

    [Fact]
    public void Mcp_call_error_union()
    {
        var call = (McpCallItem)ResponsesJson.Deserialize<ResponseItem>("""{"type":"mcp_call","error":{"type":"mcp_protocol_error","code":-32602,"message":"bad args"}}""")!;
        call.Error!.Error.Should().BeOfType<McpProtocolError>().Which.Code.Should().Be(-32602);
        call.Error.ToString().Should().Be("mcp_protocol_error -32602: bad args");
        Json(new McpCallItem { Id = "m", Error = "failed" }).Should().Be("""{"type":"mcp_call","id":"m","error":"failed"}""");
        Json(new McpCallItem { Id = "m", Error = new McpHttpError { Code = 500, Message = "x" } })
            .Should().Be("""{"type":"mcp_call","id":"m","error":{"type":"http_error","code":500,"message":"x"}}""");
    }

    [Fact]
    public void Item_reference_without_type_is_written_without_type()
    {
        ResponseItem item = ResponsesJson.Deserialize<ResponseItem>("""{"id":"msg_1"}""")!;
        item.Should().BeOfType<ItemReferenceItem>().Which.Type.Should().Be(ResponseItemTypes.ItemReference);
        Json(item).Should().Be("""{"id":"msg_1"}""");
        JsonElement.DeepEquals(ResponsesJson.SerializeToElement(item), JsonDocument.Parse("""{"id":"msg_1"}""").RootElement).Should().BeTrue();
    }

    private static string Json(ResponseItem item) => ResponsesJson.Serialize(item);

    private static string Json<T>(T value) => ResponsesJson.Serialize(value);
}
