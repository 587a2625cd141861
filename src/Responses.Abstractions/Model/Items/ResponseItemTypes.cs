namespace Responses;

/// <summary>The <c>"type"</c> values of response items.</summary>
public static class ResponseItemTypes
{
    /// <summary><c>message</c>.</summary>
    public const string Message = "message";

    /// <summary><c>function_call</c>.</summary>
    public const string FunctionCall = "function_call";

    /// <summary><c>function_call_output</c>.</summary>
    public const string FunctionCallOutput = "function_call_output";

    /// <summary><c>custom_tool_call</c>.</summary>
    public const string CustomToolCall = "custom_tool_call";

    /// <summary><c>custom_tool_call_output</c>.</summary>
    public const string CustomToolCallOutput = "custom_tool_call_output";

    /// <summary><c>reasoning</c>.</summary>
    public const string Reasoning = "reasoning";

    /// <summary><c>item_reference</c>.</summary>
    public const string ItemReference = "item_reference";

    /// <summary><c>compaction</c>.</summary>
    public const string Compaction = "compaction";

    /// <summary><c>compaction_trigger</c>.</summary>
    public const string CompactionTrigger = "compaction_trigger";

    /// <summary><c>program</c>.</summary>
    public const string Program = "program";

    /// <summary><c>program_output</c>.</summary>
    public const string ProgramOutput = "program_output";

    /// <summary><c>tool_search_call</c>.</summary>
    public const string ToolSearchCall = "tool_search_call";

    /// <summary><c>tool_search_output</c>.</summary>
    public const string ToolSearchOutput = "tool_search_output";

    /// <summary><c>additional_tools</c>.</summary>
    public const string AdditionalTools = "additional_tools";

    /// <summary><c>image_generation_call</c>.</summary>
    public const string ImageGenerationCall = "image_generation_call";

    /// <summary><c>mcp_list_tools</c>.</summary>
    public const string McpListTools = "mcp_list_tools";

    /// <summary><c>mcp_call</c>.</summary>
    public const string McpCall = "mcp_call";

    /// <summary><c>mcp_approval_request</c>.</summary>
    public const string McpApprovalRequest = "mcp_approval_request";

    /// <summary><c>mcp_approval_response</c>.</summary>
    public const string McpApprovalResponse = "mcp_approval_response";

    /// <summary><c>computer_call</c>.</summary>
    public const string ComputerCall = "computer_call";

    /// <summary><c>computer_call_output</c>.</summary>
    public const string ComputerCallOutput = "computer_call_output";

    /// <summary><c>web_search_call</c>.</summary>
    public const string WebSearchCall = "web_search_call";

    /// <summary><c>file_search_call</c>.</summary>
    public const string FileSearchCall = "file_search_call";

    /// <summary><c>code_interpreter_call</c>.</summary>
    public const string CodeInterpreterCall = "code_interpreter_call";

    /// <summary><c>local_shell_call</c>.</summary>
    public const string LocalShellCall = "local_shell_call";

    /// <summary><c>local_shell_call_output</c>.</summary>
    public const string LocalShellCallOutput = "local_shell_call_output";

    /// <summary><c>shell_call</c>.</summary>
    public const string ShellCall = "shell_call";

    /// <summary><c>shell_call_output</c>.</summary>
    public const string ShellCallOutput = "shell_call_output";

    /// <summary><c>apply_patch_call</c>.</summary>
    public const string ApplyPatchCall = "apply_patch_call";

    /// <summary><c>apply_patch_call_output</c>.</summary>
    public const string ApplyPatchCallOutput = "apply_patch_call_output";

    /// <summary><c>agent_message</c>.</summary>
    public const string AgentMessage = "agent_message";

    /// <summary><c>multi_agent_call</c>.</summary>
    public const string MultiAgentCall = "multi_agent_call";

    /// <summary><c>multi_agent_call_output</c>.</summary>
    public const string MultiAgentCallOutput = "multi_agent_call_output";
}
