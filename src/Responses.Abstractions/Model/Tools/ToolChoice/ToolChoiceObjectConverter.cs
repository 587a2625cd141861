namespace Responses;

/// <summary>Reads and writes <see cref="ToolChoiceObject"/> by its <c>"type"</c>.</summary>
public sealed class ToolChoiceObjectConverter : WirePolymorphicConverter<ToolChoiceObject>
{
    /// <summary>Initializes the converter with every type of the specification.</summary>
    public ToolChoiceObjectConverter()
        : base(new Dictionary<string, Type>
        {
            [ToolChoiceObjectTypes.AllowedTools] = typeof(AllowedToolsToolChoice),
            [ToolChoiceObjectTypes.Function] = typeof(FunctionToolChoice),
            [ToolChoiceObjectTypes.Mcp] = typeof(McpToolChoice),
            [ToolChoiceObjectTypes.Custom] = typeof(CustomToolChoice),
            [ToolChoiceObjectTypes.ApplyPatch] = typeof(ApplyPatchToolChoice),
            [ToolChoiceObjectTypes.Shell] = typeof(ShellToolChoice),
            [ToolChoiceObjectTypes.ProgrammaticToolCalling] = typeof(ProgrammaticToolCallingToolChoice),
            [ToolChoiceObjectTypes.FileSearch] = typeof(HostedToolChoice),
            [ToolChoiceObjectTypes.WebSearchPreview] = typeof(HostedToolChoice),
            [ToolChoiceObjectTypes.WebSearchPreview20250311] = typeof(HostedToolChoice),
            [ToolChoiceObjectTypes.Computer] = typeof(HostedToolChoice),
            [ToolChoiceObjectTypes.ComputerUsePreview] = typeof(HostedToolChoice),
            [ToolChoiceObjectTypes.ComputerUse] = typeof(HostedToolChoice),
            [ToolChoiceObjectTypes.ImageGeneration] = typeof(HostedToolChoice),
            [ToolChoiceObjectTypes.CodeInterpreter] = typeof(HostedToolChoice),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownToolChoiceObject);
}
