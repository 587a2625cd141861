namespace Responses;

/// <summary>The <c>"type"</c> values of <see cref="ResponseStreamEvent"/>.</summary>
public static class ResponseStreamEventTypes
{
    /// <summary><c>response.audio.delta</c>.</summary>
    public const string AudioDelta = "response.audio.delta";

    /// <summary><c>response.audio.done</c>.</summary>
    public const string AudioDone = "response.audio.done";

    /// <summary><c>response.audio.transcript.delta</c>.</summary>
    public const string AudioTranscriptDelta = "response.audio.transcript.delta";

    /// <summary><c>response.audio.transcript.done</c>.</summary>
    public const string AudioTranscriptDone = "response.audio.transcript.done";

    /// <summary><c>response.code_interpreter_call_code.delta</c>.</summary>
    public const string CodeInterpreterCallCodeDelta = "response.code_interpreter_call_code.delta";

    /// <summary><c>response.code_interpreter_call_code.done</c>.</summary>
    public const string CodeInterpreterCallCodeDone = "response.code_interpreter_call_code.done";

    /// <summary><c>response.code_interpreter_call.completed</c>.</summary>
    public const string CodeInterpreterCallCompleted = "response.code_interpreter_call.completed";

    /// <summary><c>response.code_interpreter_call.in_progress</c>.</summary>
    public const string CodeInterpreterCallInProgress = "response.code_interpreter_call.in_progress";

    /// <summary><c>response.code_interpreter_call.interpreting</c>.</summary>
    public const string CodeInterpreterCallInterpreting = "response.code_interpreter_call.interpreting";

    /// <summary><c>response.completed</c>.</summary>
    public const string Completed = "response.completed";

    /// <summary><c>response.content_part.added</c>.</summary>
    public const string ContentPartAdded = "response.content_part.added";

    /// <summary><c>response.content_part.done</c>.</summary>
    public const string ContentPartDone = "response.content_part.done";

    /// <summary><c>response.created</c>.</summary>
    public const string Created = "response.created";

    /// <summary><c>error</c>.</summary>
    public const string Error = "error";

    /// <summary><c>response.file_search_call.completed</c>.</summary>
    public const string FileSearchCallCompleted = "response.file_search_call.completed";

    /// <summary><c>response.file_search_call.in_progress</c>.</summary>
    public const string FileSearchCallInProgress = "response.file_search_call.in_progress";

    /// <summary><c>response.file_search_call.searching</c>.</summary>
    public const string FileSearchCallSearching = "response.file_search_call.searching";

    /// <summary><c>response.function_call_arguments.delta</c>.</summary>
    public const string FunctionCallArgumentsDelta = "response.function_call_arguments.delta";

    /// <summary><c>response.function_call_arguments.done</c>.</summary>
    public const string FunctionCallArgumentsDone = "response.function_call_arguments.done";

    /// <summary><c>response.shell_call_command.added</c>.</summary>
    public const string ShellCallCommandAdded = "response.shell_call_command.added";

    /// <summary><c>response.shell_call_command.delta</c>.</summary>
    public const string ShellCallCommandDelta = "response.shell_call_command.delta";

    /// <summary><c>response.shell_call_command.done</c>.</summary>
    public const string ShellCallCommandDone = "response.shell_call_command.done";

    /// <summary><c>response.shell_call_output_content.delta</c>.</summary>
    public const string ShellCallOutputContentDelta = "response.shell_call_output_content.delta";

    /// <summary><c>response.shell_call_output_content.done</c>.</summary>
    public const string ShellCallOutputContentDone = "response.shell_call_output_content.done";

    /// <summary><c>response.in_progress</c>.</summary>
    public const string InProgress = "response.in_progress";

    /// <summary><c>response.failed</c>.</summary>
    public const string Failed = "response.failed";

    /// <summary><c>response.incomplete</c>.</summary>
    public const string Incomplete = "response.incomplete";

    /// <summary><c>response.output_item.added</c>.</summary>
    public const string OutputItemAdded = "response.output_item.added";

    /// <summary><c>response.output_item.done</c>.</summary>
    public const string OutputItemDone = "response.output_item.done";

    /// <summary><c>response.reasoning_summary_part.added</c>.</summary>
    public const string ReasoningSummaryPartAdded = "response.reasoning_summary_part.added";

    /// <summary><c>response.reasoning_summary_part.done</c>.</summary>
    public const string ReasoningSummaryPartDone = "response.reasoning_summary_part.done";

    /// <summary><c>response.reasoning_summary_text.delta</c>.</summary>
    public const string ReasoningSummaryTextDelta = "response.reasoning_summary_text.delta";

    /// <summary><c>response.reasoning_summary_text.done</c>.</summary>
    public const string ReasoningSummaryTextDone = "response.reasoning_summary_text.done";

    /// <summary><c>response.reasoning_text.delta</c>.</summary>
    public const string ReasoningTextDelta = "response.reasoning_text.delta";

    /// <summary><c>response.reasoning_text.done</c>.</summary>
    public const string ReasoningTextDone = "response.reasoning_text.done";

    /// <summary><c>response.refusal.delta</c>.</summary>
    public const string RefusalDelta = "response.refusal.delta";

    /// <summary><c>response.refusal.done</c>.</summary>
    public const string RefusalDone = "response.refusal.done";

    /// <summary><c>response.output_text.delta</c>.</summary>
    public const string OutputTextDelta = "response.output_text.delta";

    /// <summary><c>response.output_text.done</c>.</summary>
    public const string OutputTextDone = "response.output_text.done";

    /// <summary><c>response.web_search_call.completed</c>.</summary>
    public const string WebSearchCallCompleted = "response.web_search_call.completed";

    /// <summary><c>response.web_search_call.in_progress</c>.</summary>
    public const string WebSearchCallInProgress = "response.web_search_call.in_progress";

    /// <summary><c>response.web_search_call.searching</c>.</summary>
    public const string WebSearchCallSearching = "response.web_search_call.searching";

    /// <summary><c>response.image_generation_call.completed</c>.</summary>
    public const string ImageGenerationCallCompleted = "response.image_generation_call.completed";

    /// <summary><c>response.image_generation_call.generating</c>.</summary>
    public const string ImageGenerationCallGenerating = "response.image_generation_call.generating";

    /// <summary><c>response.image_generation_call.in_progress</c>.</summary>
    public const string ImageGenerationCallInProgress = "response.image_generation_call.in_progress";

    /// <summary><c>response.image_generation_call.partial_image</c>.</summary>
    public const string ImageGenerationCallPartialImage = "response.image_generation_call.partial_image";

    /// <summary><c>response.mcp_call_arguments.delta</c>.</summary>
    public const string McpCallArgumentsDelta = "response.mcp_call_arguments.delta";

    /// <summary><c>response.mcp_call_arguments.done</c>.</summary>
    public const string McpCallArgumentsDone = "response.mcp_call_arguments.done";

    /// <summary><c>response.mcp_call.completed</c>.</summary>
    public const string McpCallCompleted = "response.mcp_call.completed";

    /// <summary><c>response.mcp_call.failed</c>.</summary>
    public const string McpCallFailed = "response.mcp_call.failed";

    /// <summary><c>response.mcp_call.in_progress</c>.</summary>
    public const string McpCallInProgress = "response.mcp_call.in_progress";

    /// <summary><c>response.mcp_list_tools.completed</c>.</summary>
    public const string McpListToolsCompleted = "response.mcp_list_tools.completed";

    /// <summary><c>response.mcp_list_tools.failed</c>.</summary>
    public const string McpListToolsFailed = "response.mcp_list_tools.failed";

    /// <summary><c>response.mcp_list_tools.in_progress</c>.</summary>
    public const string McpListToolsInProgress = "response.mcp_list_tools.in_progress";

    /// <summary><c>response.output_text.annotation.added</c>.</summary>
    public const string OutputTextAnnotationAdded = "response.output_text.annotation.added";

    /// <summary><c>response.queued</c>.</summary>
    public const string Queued = "response.queued";

    /// <summary><c>response.custom_tool_call_input.delta</c>.</summary>
    public const string CustomToolCallInputDelta = "response.custom_tool_call_input.delta";

    /// <summary><c>response.custom_tool_call_input.done</c>.</summary>
    public const string CustomToolCallInputDone = "response.custom_tool_call_input.done";

    /// <summary><c>response.reasoning.delta</c>.</summary>
    public const string ReasoningDelta = "response.reasoning.delta";

    /// <summary><c>response.reasoning.done</c>.</summary>
    public const string ReasoningDone = "response.reasoning.done";
}
