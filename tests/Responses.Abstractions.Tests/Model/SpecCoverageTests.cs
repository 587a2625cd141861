using System.Text.Json;

namespace Responses.Abstractions.Tests.Model;

/// <summary>Every discriminator of the specs' item, content, annotation and nested unions maps to a known class.</summary>
public class SpecCoverageTests
{
    private const string OpenAi = "openai-openapi.json";
    private const string OpenResponses = "openresponses-openapi.json";

    private static readonly Dictionary<string, JsonDocument> Specs = new()
    {
        [OpenAi] = JsonDocument.Parse(File.ReadAllText(TestFiles.Spec(OpenAi))),
        [OpenResponses] = JsonDocument.Parse(File.ReadAllText(TestFiles.Spec(OpenResponses))),
    };

    public static TheoryData<string, string> ItemUnions => new()
    {
        { OpenAi, "Item" }, { OpenAi, "InputItem" }, { OpenAi, "OutputItem" }, { OpenAi, "ItemResource" }, { OpenAi, "ItemField" },
        { OpenAi, "BetaItem" }, { OpenAi, "BetaInputItem" }, { OpenAi, "BetaOutputItem" }, { OpenAi, "BetaItemResource" }, { OpenAi, "BetaItemField" },
        { OpenResponses, "ItemField" }, { OpenResponses, "ItemParam" },
    };

    // Unions of content parts, and content arrays of the message, reasoning and tool output schemas ("Schema.property").
    public static TheoryData<string, string> ContentUnions => new()
    {
        { OpenAi, "InputContent" }, { OpenAi, "OutputContent" }, { OpenAi, "OutputMessageContent" }, { OpenAi, "InputMessageContentList" },
        { OpenAi, "FunctionAndCustomToolCallOutput" }, { OpenAi, "BetaContent" }, { OpenAi, "BetaInputContent" }, { OpenAi, "BetaOutputContent" },
        { OpenAi, "Message.content" }, { OpenAi, "OutputMessage.content" }, { OpenAi, "EasyInputMessage.content" }, { OpenAi, "InputMessage.content" },
        { OpenAi, "ReasoningItem.summary" }, { OpenAi, "ReasoningItem.content" },
        { OpenAi, "FunctionCallOutputItemParam.output" }, { OpenAi, "FunctionToolCallOutput.output" }, { OpenAi, "CustomToolCallOutput.output" },
        { OpenAi, "BetaMessage.content" }, { OpenAi, "BetaAgentMessage.content" }, { OpenAi, "BetaAgentMessageItemParam.content" },
        { OpenAi, "BetaMultiAgentCallOutput.output" }, { OpenAi, "BetaMultiAgentCallOutputItemParam.output" },
        { OpenResponses, "Message.content" }, { OpenResponses, "ReasoningBody.content" }, { OpenResponses, "ReasoningBody.summary" },
        { OpenResponses, "ReasoningItemParam.summary" }, { OpenResponses, "UserMessageItemParam.content" }, { OpenResponses, "SystemMessageItemParam.content" },
        { OpenResponses, "DeveloperMessageItemParam.content" }, { OpenResponses, "AssistantMessageItemParam.content" },
        { OpenResponses, "FunctionCallOutput.output" }, { OpenResponses, "FunctionCallOutputItemParam.output" },
    };

    public static TheoryData<string, string> AnnotationUnions => new()
    {
        { OpenAi, "Annotation" }, { OpenAi, "BetaAnnotation" }, { OpenAi, "OutputTextContent.annotations" },
        { OpenResponses, "Annotation" }, { OpenResponses, "OutputTextContent.annotations" }, { OpenResponses, "OutputTextContentParam.annotations" },
    };

    public static TheoryData<string, string> ComputerActionUnions => new()
    {
        { OpenAi, "ComputerAction" }, { OpenAi, "ComputerActionList" }, { OpenAi, "BetaComputerAction" }, { OpenAi, "ComputerToolCall.action" },
    };

    // Smaller families nested in items.
    public static TheoryData<string, string, string> NestedUnions => new()
    {
        { OpenAi, "WebSearchToolCall.action", nameof(WebSearchAction) },
        { OpenAi, "CodeInterpreterToolCall.outputs", nameof(CodeInterpreterOutput) },
        { OpenAi, "ApplyPatchToolCall.operation", nameof(ApplyPatchOperation) },
        { OpenAi, "ApplyPatchOperationParam", nameof(ApplyPatchOperation) },
        { OpenAi, "FunctionShellCallOutputContent.outcome", nameof(ShellCallOutcome) },
        { OpenAi, "FunctionShellCallOutputOutcomeParam", nameof(ShellCallOutcome) },
        { OpenAi, "FunctionShellCall.environment", nameof(ShellCallEnvironment) },
        { OpenAi, "FunctionShellCallItemParam.environment", nameof(ShellCallEnvironment) },
        { OpenAi, "ToolCallCaller", nameof(ToolCallCaller) },
        { OpenAi, "ToolCallCallerParam", nameof(ToolCallCaller) },
        { OpenAi, "MCPToolCallError", nameof(McpToolCallError) },
    };

    [Theory]
    [MemberData(nameof(ItemUnions))]
    public void Item_union_discriminators_are_known(string spec, string union) =>
        AssertKnown(spec, union, new ResponseItemConverter().KnownTypes, typeof(UnknownResponseItem));

    [Theory]
    [MemberData(nameof(ContentUnions))]
    public void Content_part_discriminators_are_known(string spec, string union) =>
        AssertKnown(spec, union, new ContentPartConverter().KnownTypes, typeof(UnknownContentPart));

    [Theory]
    [MemberData(nameof(AnnotationUnions))]
    public void Annotation_discriminators_are_known(string spec, string union) =>
        AssertKnown(spec, union, new AnnotationConverter().KnownTypes, typeof(UnknownAnnotation));

    [Theory]
    [MemberData(nameof(ComputerActionUnions))]
    public void Computer_action_discriminators_are_known(string spec, string union) =>
        AssertKnown(spec, union, new ComputerActionConverter().KnownTypes, typeof(UnknownComputerAction));

    [Theory]
    [MemberData(nameof(NestedUnions))]
    public void Nested_family_discriminators_are_known(string spec, string union, string family)
    {
        (IReadOnlyDictionary<string, Type> known, Type unknown) = family switch
        {
            nameof(WebSearchAction) => (new WebSearchActionConverter().KnownTypes, typeof(UnknownWebSearchAction)),
            nameof(CodeInterpreterOutput) => (new CodeInterpreterOutputConverter().KnownTypes, typeof(UnknownCodeInterpreterOutput)),
            nameof(ApplyPatchOperation) => (new ApplyPatchOperationConverter().KnownTypes, typeof(UnknownApplyPatchOperation)),
            nameof(ShellCallOutcome) => (new ShellCallOutcomeConverter().KnownTypes, typeof(UnknownShellCallOutcome)),
            nameof(ShellCallEnvironment) => (new ShellCallEnvironmentConverter().KnownTypes, typeof(UnknownShellCallEnvironment)),
            nameof(ToolCallCaller) => (new ToolCallCallerConverter().KnownTypes, typeof(UnknownToolCallCaller)),
            nameof(McpToolCallError) => (new McpToolCallErrorConverter().KnownTypes, typeof(UnknownMcpToolCallError)),
            _ => throw new ArgumentOutOfRangeException(nameof(family)),
        };
        AssertKnown(spec, union, known, unknown);
    }

    [Fact]
    public void Every_item_class_is_registered_for_source_generation()
    {
        foreach (Type type in new ResponseItemConverter().KnownTypes.Values.Distinct())
        {
            ResponsesJson.Options.GetTypeInfo(type).Should().NotBeNull();
        }
    }

    private static void AssertKnown(string spec, string union, IReadOnlyDictionary<string, Type> known, Type unknownType)
    {
        HashSet<string> discriminators = Discriminators(spec, union);
        discriminators.Should().NotBeEmpty($"{spec} {union} should define discriminators");
        foreach (string value in discriminators)
        {
            known.Should().ContainKey(value, $"{spec} {union} has \"{value}\"");
            known[value].Should().NotBe(unknownType);
            known[value].Name.Should().NotStartWith("Unknown");
        }
    }

    private static HashSet<string> Discriminators(string spec, string union)
    {
        JsonElement schemas = Specs[spec].RootElement.GetProperty("components").GetProperty("schemas");
        string[] parts = union.Split('.');
        schemas.TryGetProperty(parts[0], out JsonElement schema).Should().BeTrue($"{spec} should define {parts[0]}");
        if (parts.Length == 2)
        {
            schema.GetProperty("properties").TryGetProperty(parts[1], out schema).Should().BeTrue($"{union} should exist in {spec}");
        }

        var values = new HashSet<string>(StringComparer.Ordinal);
        Collect(schemas, schema, values, new HashSet<string>(StringComparer.Ordinal));
        return values;
    }

    // Walks refs, unions (oneOf/anyOf/allOf) and array items down to object schemas, collecting their "type" values.
    private static void Collect(JsonElement schemas, JsonElement schema, HashSet<string> values, HashSet<string> seen)
    {
        if (schema.TryGetProperty("$ref", out JsonElement reference))
        {
            string name = reference.GetString()!.Split('/')[^1];
            if (seen.Add(name))
            {
                Collect(schemas, schemas.GetProperty(name), values, seen);
            }

            return;
        }

        foreach (string keyword in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(keyword, out JsonElement alternatives))
            {
                foreach (JsonElement alternative in alternatives.EnumerateArray())
                {
                    Collect(schemas, alternative, values, seen);
                }
            }
        }

        if (schema.TryGetProperty("items", out JsonElement items))
        {
            Collect(schemas, items, values, seen);
        }

        if (schema.TryGetProperty("properties", out JsonElement properties) && properties.TryGetProperty("type", out JsonElement type))
        {
            CollectTypeValues(type, values);
        }
    }

    private static void CollectTypeValues(JsonElement type, HashSet<string> values)
    {
        if (type.TryGetProperty("enum", out JsonElement enumValues))
        {
            foreach (JsonElement value in enumValues.EnumerateArray())
            {
                if (value.ValueKind == JsonValueKind.String)
                {
                    values.Add(value.GetString()!);
                }
            }
        }

        if (type.TryGetProperty("const", out JsonElement constant) && constant.ValueKind == JsonValueKind.String)
        {
            values.Add(constant.GetString()!);
        }

        foreach (string keyword in new[] { "oneOf", "anyOf" })
        {
            if (type.TryGetProperty(keyword, out JsonElement alternatives))
            {
                foreach (JsonElement alternative in alternatives.EnumerateArray())
                {
                    CollectTypeValues(alternative, values);
                }
            }
        }
    }
}
