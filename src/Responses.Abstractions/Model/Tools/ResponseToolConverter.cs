namespace Responses;

/// <summary>Reads and writes <see cref="ResponseTool"/> by its <c>"type"</c>.</summary>
public sealed class ResponseToolConverter : WirePolymorphicConverter<ResponseTool>
{
    /// <summary>Initializes the converter with every type of the specification.</summary>
    public ResponseToolConverter()
        : base(new Dictionary<string, Type>
        {
            [ResponseToolTypes.Function] = typeof(FunctionTool),
            [ResponseToolTypes.FileSearch] = typeof(FileSearchTool),
            [ResponseToolTypes.Computer] = typeof(ComputerTool),
            [ResponseToolTypes.ComputerUsePreview] = typeof(ComputerUsePreviewTool),
            [ResponseToolTypes.WebSearch] = typeof(WebSearchTool),
            [ResponseToolTypes.WebSearch20250826] = typeof(WebSearchTool),
            [ResponseToolTypes.WebSearchPreview] = typeof(WebSearchPreviewTool),
            [ResponseToolTypes.WebSearchPreview20250311] = typeof(WebSearchPreviewTool),
            [ResponseToolTypes.Mcp] = typeof(McpTool),
            [ResponseToolTypes.CodeInterpreter] = typeof(CodeInterpreterTool),
            [ResponseToolTypes.ProgrammaticToolCalling] = typeof(ProgrammaticToolCallingTool),
            [ResponseToolTypes.ImageGeneration] = typeof(ImageGenerationTool),
            [ResponseToolTypes.LocalShell] = typeof(LocalShellTool),
            [ResponseToolTypes.Shell] = typeof(ShellTool),
            [ResponseToolTypes.Custom] = typeof(CustomTool),
            [ResponseToolTypes.Namespace] = typeof(NamespaceTool),
            [ResponseToolTypes.ToolSearch] = typeof(ToolSearchTool),
            [ResponseToolTypes.ApplyPatch] = typeof(ApplyPatchTool),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownResponseTool);
}
