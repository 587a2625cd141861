using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// How the model picks tools (<c>tool_choice</c>): a mode string (<c>none</c>, <c>auto</c>,
/// <c>required</c>) or an object naming a specific tool or a set of allowed tools
/// (<see cref="ToolChoiceObject"/>). The form read from the wire is the form written back.
/// </summary>
[JsonConverter(typeof(ToolChoiceConverter))]
public sealed class ToolChoice
{
    /// <summary>Initializes the string form.</summary>
    /// <param name="mode">The mode: <c>none</c>, <c>auto</c>, <c>required</c> or another value.</param>
    public ToolChoice(string mode)
    {
        ArgumentNullException.ThrowIfNull(mode);
        Mode = mode;
    }

    /// <summary>Initializes the object form.</summary>
    /// <param name="tool">The tool (or allowed tools) to use.</param>
    public ToolChoice(ToolChoiceObject tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        Tool = tool;
    }

    /// <summary>The model calls no tool and answers with a message.</summary>
    public static ToolChoice None { get; } = new("none");

    /// <summary>The model picks between answering and calling tools (the default).</summary>
    public static ToolChoice Auto { get; } = new("auto");

    /// <summary>The model must call one or more tools.</summary>
    public static ToolChoice Required { get; } = new("required");

    /// <summary>The mode, when given as a string; otherwise <see langword="null"/>.</summary>
    public string? Mode { get; }

    /// <summary>The chosen tool (or allowed tools), when given as an object; otherwise <see langword="null"/>.</summary>
    public ToolChoiceObject? Tool { get; }

    /// <summary>Converts a mode string.</summary>
    /// <param name="mode">The mode.</param>
    public static implicit operator ToolChoice(string mode) => new(mode);

    /// <summary>Converts a tool choice object.</summary>
    /// <param name="tool">The object.</param>
    public static implicit operator ToolChoice(ToolChoiceObject tool) => new(tool);

    /// <summary>Creates the string form.</summary>
    /// <param name="mode">The mode: <c>none</c>, <c>auto</c> or <c>required</c>.</param>
    /// <returns>The tool choice.</returns>
    public static ToolChoice FromMode(string mode) => new(mode);

    /// <summary>Creates the object form.</summary>
    /// <param name="tool">The object.</param>
    /// <returns>The tool choice.</returns>
    public static ToolChoice FromObject(ToolChoiceObject tool) => new(tool);

    /// <summary>Forces a call of a function: <c>{"type":"function","name":…}</c>.</summary>
    /// <param name="name">The name of the function.</param>
    /// <returns>The tool choice.</returns>
    public static ToolChoice Function(string name) => new(new FunctionToolChoice { Name = name });

    /// <summary>Forces a call of a custom tool: <c>{"type":"custom","name":…}</c>.</summary>
    /// <param name="name">The name of the custom tool.</param>
    /// <returns>The tool choice.</returns>
    public static ToolChoice Custom(string name) => new(new CustomToolChoice { Name = name });

    /// <summary>Forces a call of a tool of an MCP server: <c>{"type":"mcp","server_label":…,"name":…}</c>.</summary>
    /// <param name="serverLabel">The label of the server.</param>
    /// <param name="name">The name of the tool, or <see langword="null"/> for any tool of the server.</param>
    /// <returns>The tool choice.</returns>
    public static ToolChoice Mcp(string serverLabel, string? name = null) => new(new McpToolChoice { ServerLabel = serverLabel, Name = name });

    /// <summary>Forces a built-in tool: <c>{"type":…}</c>, for example <c>file_search</c> or <c>image_generation</c>.</summary>
    /// <param name="type">The tool type, one of the hosted values of <see cref="ToolChoiceObjectTypes"/>.</param>
    /// <returns>The tool choice.</returns>
    public static ToolChoice Hosted(string type) => new(new HostedToolChoice { Type = type });

    /// <summary>Forces the file search tool.</summary>
    public static ToolChoice FileSearch => Hosted(ToolChoiceObjectTypes.FileSearch);

    /// <summary>Forces the preview web search tool.</summary>
    public static ToolChoice WebSearchPreview => Hosted(ToolChoiceObjectTypes.WebSearchPreview);

    /// <summary>Forces the computer use tool.</summary>
    public static ToolChoice Computer => Hosted(ToolChoiceObjectTypes.Computer);

    /// <summary>Forces the preview computer use tool.</summary>
    public static ToolChoice ComputerUsePreview => Hosted(ToolChoiceObjectTypes.ComputerUsePreview);

    /// <summary>Forces the image generation tool.</summary>
    public static ToolChoice ImageGeneration => Hosted(ToolChoiceObjectTypes.ImageGeneration);

    /// <summary>Forces the code interpreter tool.</summary>
    public static ToolChoice CodeInterpreter => Hosted(ToolChoiceObjectTypes.CodeInterpreter);

    /// <summary>Forces the apply patch tool.</summary>
    public static ToolChoice ApplyPatch => new(new ApplyPatchToolChoice());

    /// <summary>Forces the shell tool.</summary>
    public static ToolChoice Shell => new(new ShellToolChoice());

    /// <summary>Forces programmatic tool calling.</summary>
    public static ToolChoice ProgrammaticToolCalling => new(new ProgrammaticToolCallingToolChoice());

    /// <summary>Restricts the model to a set of tools: <c>{"type":"allowed_tools","mode":…,"tools":[…]}</c>.</summary>
    /// <param name="mode"><c>auto</c> or <c>required</c>.</param>
    /// <param name="tools">The allowed tools.</param>
    /// <returns>The tool choice.</returns>
    public static ToolChoice AllowedTools(string mode, params IEnumerable<ToolChoiceObject> tools) =>
        new(new AllowedToolsToolChoice { Mode = mode, Tools = [.. tools] });

    /// <inheritdoc />
    public override string ToString() => Mode ?? Tool!.Type;
}
