using System.Text.Json;

namespace Responses;

/// <summary>Reads and writes <see cref="ResponseItem"/> by its <c>"type"</c>.</summary>
public sealed class ResponseItemConverter : WirePolymorphicConverter<ResponseItem>
{
    /// <summary>Initializes the converter with every item type of the specification.</summary>
    public ResponseItemConverter()
        : base(new Dictionary<string, Type>
        {
            [ResponseItemTypes.Message] = typeof(MessageItem),
            [ResponseItemTypes.FunctionCall] = typeof(FunctionCallItem),
            [ResponseItemTypes.FunctionCallOutput] = typeof(FunctionCallOutputItem),
            [ResponseItemTypes.CustomToolCall] = typeof(CustomToolCallItem),
            [ResponseItemTypes.CustomToolCallOutput] = typeof(CustomToolCallOutputItem),
            [ResponseItemTypes.Reasoning] = typeof(ReasoningItem),
            [ResponseItemTypes.ItemReference] = typeof(ItemReferenceItem),
            [ResponseItemTypes.Compaction] = typeof(CompactionItem),
            [ResponseItemTypes.CompactionTrigger] = typeof(CompactionTriggerItem),
            [ResponseItemTypes.Program] = typeof(ProgramItem),
            [ResponseItemTypes.ProgramOutput] = typeof(ProgramOutputItem),
            [ResponseItemTypes.ToolSearchCall] = typeof(ToolSearchCallItem),
            [ResponseItemTypes.ToolSearchOutput] = typeof(ToolSearchOutputItem),
            [ResponseItemTypes.AdditionalTools] = typeof(AdditionalToolsItem),
            [ResponseItemTypes.ImageGenerationCall] = typeof(ImageGenerationCallItem),
            [ResponseItemTypes.McpListTools] = typeof(McpListToolsItem),
            [ResponseItemTypes.McpCall] = typeof(McpCallItem),
            [ResponseItemTypes.McpApprovalRequest] = typeof(McpApprovalRequestItem),
            [ResponseItemTypes.McpApprovalResponse] = typeof(McpApprovalResponseItem),
            [ResponseItemTypes.ComputerCall] = typeof(ComputerCallItem),
            [ResponseItemTypes.ComputerCallOutput] = typeof(ComputerCallOutputItem),
            [ResponseItemTypes.WebSearchCall] = typeof(WebSearchCallItem),
            [ResponseItemTypes.FileSearchCall] = typeof(FileSearchCallItem),
            [ResponseItemTypes.CodeInterpreterCall] = typeof(CodeInterpreterCallItem),
            [ResponseItemTypes.LocalShellCall] = typeof(LocalShellCallItem),
            [ResponseItemTypes.LocalShellCallOutput] = typeof(LocalShellCallOutputItem),
            [ResponseItemTypes.ShellCall] = typeof(ShellCallItem),
            [ResponseItemTypes.ShellCallOutput] = typeof(ShellCallOutputItem),
            [ResponseItemTypes.ApplyPatchCall] = typeof(ApplyPatchCallItem),
            [ResponseItemTypes.ApplyPatchCallOutput] = typeof(ApplyPatchCallOutputItem),
            [ResponseItemTypes.AgentMessage] = typeof(AgentMessageItem),
            [ResponseItemTypes.MultiAgentCall] = typeof(MultiAgentCallItem),
            [ResponseItemTypes.MultiAgentCallOutput] = typeof(MultiAgentCallOutputItem),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownResponseItem);

    /// <inheritdoc />
    public override ResponseItem? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // An item reference may carry an explicit "type": null (the spec allows it); read it as one.
        if (reader.TokenType == JsonTokenType.StartObject && HasNullTypeWithoutRole(reader))
        {
            return JsonSerializer.Deserialize(ref reader, ResponsesJson.GetTypeInfo<ItemReferenceItem>(options));
        }

        return base.Read(ref reader, typeToConvert, options);
    }

    /// <inheritdoc />
    /// <remarks>An input message may omit <c>"type"</c> (the spec's EasyInputMessage), so an item with a
    /// <c>"role"</c> reads as a <see cref="MessageItem"/>; an item with neither type nor role is an item
    /// reference (<see cref="ItemReferenceItem"/>), the only other item whose type may be absent.</remarks>
    protected override Type? GetTypeWithoutDiscriminator(bool hasRole) => hasRole ? typeof(MessageItem) : typeof(ItemReferenceItem);

    // Scans a copy of the reader (the object is fully buffered) for a top-level "type": null and no "role".
    private static bool HasNullTypeWithoutRole(Utf8JsonReader reader)
    {
        bool nullType = false;
        int depth = reader.CurrentDepth;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            bool isType = reader.ValueTextEquals("type"u8);
            if (reader.ValueTextEquals("role"u8))
            {
                return false;
            }

            reader.Read();
            if (isType)
            {
                if (reader.TokenType != JsonTokenType.Null)
                {
                    return false;
                }

                nullType = true;
            }

            // TrySkip: Skip throws on a non-final block (DeserializeAsync), although the object is buffered.
            if (!reader.TrySkip())
            {
                break;
            }
        }

        return nullType;
    }
}
