namespace Responses;

/// <summary>The <c>"type"</c> values of <see cref="ToolChoiceObject"/>.</summary>
public static class ToolChoiceObjectTypes
{
    /// <summary><c>allowed_tools</c>: restricts the model to a set of tools.</summary>
    public const string AllowedTools = "allowed_tools";

    /// <summary><c>function</c>: a specific function.</summary>
    public const string Function = "function";

    /// <summary><c>mcp</c>: a tool of an MCP server.</summary>
    public const string Mcp = "mcp";

    /// <summary><c>custom</c>: a specific custom tool.</summary>
    public const string Custom = "custom";

    /// <summary><c>apply_patch</c>: the apply patch tool.</summary>
    public const string ApplyPatch = "apply_patch";

    /// <summary><c>shell</c>: the shell tool.</summary>
    public const string Shell = "shell";

    /// <summary><c>programmatic_tool_calling</c>: programmatic tool calling.</summary>
    public const string ProgrammaticToolCalling = "programmatic_tool_calling";

    /// <summary><c>file_search</c>: the file search tool.</summary>
    public const string FileSearch = "file_search";

    /// <summary><c>web_search_preview</c>: the preview web search tool.</summary>
    public const string WebSearchPreview = "web_search_preview";

    /// <summary><c>web_search_preview_2025_03_11</c>: the preview web search tool, version 2025-03-11.</summary>
    public const string WebSearchPreview20250311 = "web_search_preview_2025_03_11";

    /// <summary><c>computer</c>: the computer use tool.</summary>
    public const string Computer = "computer";

    /// <summary><c>computer_use_preview</c>: the preview computer use tool.</summary>
    public const string ComputerUsePreview = "computer_use_preview";

    /// <summary><c>computer_use</c>: the computer use tool (alias).</summary>
    public const string ComputerUse = "computer_use";

    /// <summary><c>image_generation</c>: the image generation tool.</summary>
    public const string ImageGeneration = "image_generation";

    /// <summary><c>code_interpreter</c>: the code interpreter tool.</summary>
    public const string CodeInterpreter = "code_interpreter";
}
