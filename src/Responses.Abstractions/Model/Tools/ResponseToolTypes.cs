namespace Responses;

/// <summary>The <c>"type"</c> values of <see cref="ResponseTool"/>.</summary>
public static class ResponseToolTypes
{
    /// <summary><c>function</c>: a function defined by the application.</summary>
    public const string Function = "function";

    /// <summary><c>file_search</c>: search of uploaded files in vector stores.</summary>
    public const string FileSearch = "file_search";

    /// <summary><c>computer</c>: the computer use tool.</summary>
    public const string Computer = "computer";

    /// <summary><c>computer_use_preview</c>: the preview computer use tool with a fixed display.</summary>
    public const string ComputerUsePreview = "computer_use_preview";

    /// <summary><c>web_search</c>: web search.</summary>
    public const string WebSearch = "web_search";

    /// <summary><c>web_search_2025_08_26</c>: web search, version 2025-08-26.</summary>
    public const string WebSearch20250826 = "web_search_2025_08_26";

    /// <summary><c>web_search_preview</c>: the preview web search tool.</summary>
    public const string WebSearchPreview = "web_search_preview";

    /// <summary><c>web_search_preview_2025_03_11</c>: the preview web search tool, version 2025-03-11.</summary>
    public const string WebSearchPreview20250311 = "web_search_preview_2025_03_11";

    /// <summary><c>mcp</c>: tools of a remote MCP server or connector.</summary>
    public const string Mcp = "mcp";

    /// <summary><c>code_interpreter</c>: Python code run in a container.</summary>
    public const string CodeInterpreter = "code_interpreter";

    /// <summary><c>programmatic_tool_calling</c>: lets the model call tools from code it writes.</summary>
    public const string ProgrammaticToolCalling = "programmatic_tool_calling";

    /// <summary><c>image_generation</c>: image generation with a GPT image model.</summary>
    public const string ImageGeneration = "image_generation";

    /// <summary><c>local_shell</c>: shell commands run on the application's machine (legacy).</summary>
    public const string LocalShell = "local_shell";

    /// <summary><c>shell</c>: shell commands run in a hosted container or locally.</summary>
    public const string Shell = "shell";

    /// <summary><c>custom</c>: a custom tool taking free-form text input.</summary>
    public const string Custom = "custom";

    /// <summary><c>namespace</c>: a group of function and custom tools under one name.</summary>
    public const string Namespace = "namespace";

    /// <summary><c>tool_search</c>: search over deferred tools.</summary>
    public const string ToolSearch = "tool_search";

    /// <summary><c>apply_patch</c>: file edits as patches applied by the application.</summary>
    public const string ApplyPatch = "apply_patch";
}
