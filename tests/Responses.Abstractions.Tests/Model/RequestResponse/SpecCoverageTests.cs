using System.Reflection;
using System.Text.Json;

namespace Responses.Abstractions.Tests.Model.RequestResponse;

/// <summary>Every discriminator and property the two specifications define for tools, tool choice,
/// text formats, requests and responses has a known class and property.</summary>
public class RequestResponseSpecCoverageTests
{
    private const string OpenAI = "openai-openapi.json";
    private const string OpenResponses = "openresponses-openapi.json";

    public static TheoryData<string, string> ToolUnions => new()
    {
        { OpenAI, "Tool" },
        { OpenAI, "BetaTool" },
        { OpenAI, "NamespaceToolParam.tools" },
        { OpenResponses, "Tool" },
        { OpenResponses, "ResponsesToolParam" },
    };

    public static TheoryData<string, string> ToolChoiceUnions => new()
    {
        { OpenAI, "ToolChoiceParam" },
        { OpenAI, "BetaToolChoiceParam" },
        { OpenResponses, "ToolChoiceParam" },
        { OpenResponses, "ResponseResource.tool_choice" },
        { OpenResponses, "AllowedToolChoice.tools" },
    };

    public static TheoryData<string, string> TextFormatUnions => new()
    {
        { OpenAI, "TextResponseFormatConfiguration" },
        { OpenAI, "BetaTextResponseFormatConfiguration" },
        { OpenResponses, "TextFormatParam" },
        { OpenResponses, "TextField.format" },
    };

    // Nested discriminated families of tool and response settings: spec union → base type.
    public static TheoryData<string, string, string> NestedUnions => new()
    {
        { OpenAI, "Filters", nameof(FileSearchFilter) },
        { OpenAI, "CompoundFilter.filters", nameof(FileSearchFilter) },
        { OpenAI, "FunctionShellToolParam.environment", nameof(ShellToolEnvironment) },
        { OpenAI, "CustomToolParam.format", nameof(CustomToolFormat) },
        { OpenAI, "AutoCodeInterpreterToolParam.network_policy", nameof(ContainerNetworkPolicy) },
        { OpenAI, "ContainerAutoParam.network_policy", nameof(ContainerNetworkPolicy) },
        { OpenAI, "ContainerAutoParam.skills", nameof(ContainerSkill) },
        { OpenAI, "Moderation.input", nameof(ModerationOutcome) },
        { OpenAI, "Moderation.output", nameof(ModerationOutcome) },
    };

    // Spec object → C# type whose JSON properties must include every spec property.
    public static TheoryData<string, string, string> ObjectSchemas => new()
    {
        { OpenAI, "CreateResponse", nameof(CreateResponseRequest) },
        { OpenAI, "BetaCreateResponse", nameof(CreateResponseRequest) },
        { OpenResponses, "CreateResponseBody", nameof(CreateResponseRequest) },
        { OpenAI, "Response", nameof(Response) },
        { OpenAI, "BetaResponse", nameof(Response) },
        { OpenResponses, "ResponseResource", nameof(Response) },
        { OpenAI, "TokenCountsBody", nameof(InputTokenCountRequest) },
        { OpenAI, "BetaTokenCountsBody", nameof(InputTokenCountRequest) },
        { OpenAI, "TokenCountsResource", nameof(InputTokenCountResult) },
        { OpenAI, "CompactResponseMethodPublicBody", nameof(CompactResponseRequest) },
        { OpenAI, "BetaCompactResponseMethodPublicBody", nameof(CompactResponseRequest) },
        { OpenResponses, "CompactResponseMethodPublicBody", nameof(CompactResponseRequest) },
        { OpenAI, "CompactResource", nameof(CompactedResponse) },
        { OpenResponses, "CompactResource", nameof(CompactedResponse) },
        { OpenAI, "ResponseItemList", nameof(ResponseItemList) },
        { OpenAI, "ResponseUsage", nameof(ResponseUsage) },
        { OpenAI, "ResponseUsage.input_tokens_details", nameof(InputTokensDetails) },
        { OpenAI, "ResponseUsage.output_tokens_details", nameof(OutputTokensDetails) },
        { OpenResponses, "Usage", nameof(ResponseUsage) },
        { OpenResponses, "InputTokensDetails", nameof(InputTokensDetails) },
        { OpenResponses, "OutputTokensDetails", nameof(OutputTokensDetails) },
        { OpenAI, "ResponseError", nameof(ResponseError) },
        { OpenResponses, "Error", nameof(ResponseError) },
        { OpenAI, "Response.incomplete_details", nameof(IncompleteDetails) },
        { OpenResponses, "IncompleteDetails", nameof(IncompleteDetails) },
        { OpenAI, "Error", nameof(ApiError) },
        { OpenResponses, "ErrorPayload", nameof(ApiError) },
        { OpenAI, "ErrorResponse", nameof(ApiErrorResponse) },
        { OpenAI, "Reasoning", nameof(ReasoningOptions) },
        { OpenResponses, "Reasoning", nameof(ReasoningOptions) },
        { OpenResponses, "ReasoningParam", nameof(ReasoningOptions) },
        { OpenAI, "ResponseTextParam", nameof(ResponseTextOptions) },
        { OpenResponses, "TextParam", nameof(ResponseTextOptions) },
        { OpenResponses, "TextField", nameof(ResponseTextOptions) },
        { OpenAI, "Prompt", nameof(ResponsePrompt) },
        { OpenAI, "ResponseStreamOptions", nameof(ResponseStreamOptions) },
        { OpenResponses, "StreamOptionsParam", nameof(ResponseStreamOptions) },
        { OpenAI, "ConversationParam", nameof(ResponseConversation) },
        { OpenAI, "ResponseConversation", nameof(ResponseConversation) },
        { OpenAI, "ContextManagementParam", nameof(ContextManagement) },
        { OpenAI, "ModerationParam", nameof(ModerationOptions) },
        { OpenAI, "ModerationPolicyParam", nameof(ModerationPolicy) },
        { OpenAI, "ModerationConfigParam", nameof(ModerationPolicyConfig) },
        { OpenAI, "Moderation", nameof(ResponseModeration) },
        { OpenAI, "PromptCacheOptions", nameof(PromptCacheOptions) },
        { OpenAI, "PromptCacheOptionsParam", nameof(PromptCacheOptions) },
        { OpenAI, "BetaMultiAgentParam", nameof(MultiAgentOptions) },
        { OpenAI, "RankingOptions", nameof(FileSearchRankingOptions) },
        { OpenAI, "HybridSearchOptions", nameof(FileSearchHybridSearchOptions) },
        { OpenAI, "WebSearchTool.filters", nameof(WebSearchToolFilters) },
        { OpenAI, "WebSearchApproximateLocation", nameof(WebSearchUserLocation) },
        { OpenAI, "ApproximateLocation", nameof(WebSearchUserLocation) },
        { OpenAI, "MCPToolFilter", nameof(McpToolFilter) },
        { OpenAI, "MCPTool.require_approval", nameof(McpApprovalFilter) },
        { OpenAI, "MCPTool.allowed_tools", nameof(McpToolFilter) },
        { OpenAI, "CodeInterpreterTool.container", nameof(CodeInterpreterAutoContainer) },
        { OpenAI, "AutoCodeInterpreterToolParam", nameof(CodeInterpreterAutoContainer) },
        { OpenAI, "ContainerNetworkPolicyDomainSecretParam", nameof(ContainerNetworkDomainSecret) },
        { OpenAI, "InlineSkillSourceParam", nameof(InlineSkillSource) },
        { OpenAI, "LocalSkillParam", nameof(ShellToolLocalSkill) },
        { OpenAI, "ImageGenTool.input_image_mask", nameof(ImageGenerationInputImageMask) },
    };

    // Spec string enums → IWireEnum struct (every value has a static property) or constants class.
    public static TheoryData<string, string, string> Enums => new()
    {
        { OpenAI, "ServiceTierResponses", nameof(ServiceTier) },
        { OpenResponses, "ServiceTierEnum", nameof(ServiceTier) },
        { OpenAI, "ReasoningEffort", nameof(ReasoningEffort) },
        { OpenResponses, "ReasoningEffortEnum", nameof(ReasoningEffort) },
        { OpenAI, "Verbosity", nameof(TextVerbosity) },
        { OpenResponses, "VerbosityEnum", nameof(TextVerbosity) },
        { OpenAI, "Response.truncation", nameof(ResponseTruncation) },
        { OpenResponses, "TruncationEnum", nameof(ResponseTruncation) },
        { OpenAI, "Response.status", nameof(ResponseStatus) },
        { OpenAI, "IncludeEnum", nameof(ResponseIncludes) },
        { OpenResponses, "IncludeEnum", nameof(ResponseIncludes) },
    };

    [Theory]
    [MemberData(nameof(ToolUnions))]
    public void Every_tool_discriminator_maps_to_a_known_tool_class(string specFile, string path)
    {
        AssertFamilyCovers(specFile, path, new ResponseToolConverter().KnownTypes, typeof(UnknownResponseTool), expectStrings: false);
    }

    [Theory]
    [MemberData(nameof(ToolChoiceUnions))]
    public void Every_tool_choice_variant_maps_to_a_known_form(string specFile, string path)
    {
        List<string> modes = AssertFamilyCovers(specFile, path, new ToolChoiceObjectConverter().KnownTypes, typeof(UnknownToolChoiceObject), expectStrings: null);
        string[] helpers = [ToolChoice.None.Mode!, ToolChoice.Auto.Mode!, ToolChoice.Required.Mode!];
        foreach (string mode in modes)
        {
            helpers.Should().Contain(mode, "every string mode of {0} has a ToolChoice helper", path);
            ToolChoice parsed = ResponsesJson.Deserialize<ToolChoice>(JsonSerializer.Serialize(mode))!;
            parsed.Mode.Should().Be(mode);
            parsed.Tool.Should().BeNull();
        }
    }

    [Theory]
    [MemberData(nameof(TextFormatUnions))]
    public void Every_text_format_maps_to_a_known_class(string specFile, string path)
    {
        AssertFamilyCovers(specFile, path, new ResponseTextFormatConverter().KnownTypes, typeof(UnknownResponseTextFormat), expectStrings: false);
    }

    [Theory]
    [MemberData(nameof(NestedUnions))]
    public void Every_nested_discriminator_maps_to_a_known_class(string specFile, string path, string baseTypeName)
    {
        Type baseType = ModelType(baseTypeName);
        Type converterType = ModelType(baseTypeName + "Converter");
        var converter = Activator.CreateInstance(converterType)!;
        var known = (IReadOnlyDictionary<string, Type>)converterType.GetProperty("KnownTypes")!.GetValue(converter)!;
        AssertFamilyCovers(specFile, path, known, ModelType("Unknown" + baseTypeName), expectStrings: false);
        known.Values.Should().AllSatisfy(t => t.Should().BeAssignableTo(baseType));
    }

    [Theory]
    [MemberData(nameof(ObjectSchemas))]
    public void Every_spec_property_is_a_known_property(string specFile, string path, string typeName)
    {
        JsonElement spec = RepoFixtures.Spec(specFile);
        JsonElement schema = SingleObject(spec, Navigate(spec, path), path);
        SortedSet<string> specNames = SpecSchemas.PropertyNames(spec, schema);
        specNames.Should().NotBeEmpty();

        HashSet<string> known = RepoFixtures.JsonPropertyNames(ModelType(typeName));
        specNames.Except(known).Should().BeEmpty("{0} in {1} maps to {2}", path, specFile, typeName);
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void Every_spec_enum_value_is_a_known_value(string specFile, string path, string typeName)
    {
        JsonElement spec = RepoFixtures.Spec(specFile);
        JsonElement schema = Navigate(spec, path);
        if (schema.TryGetProperty("items", out JsonElement items))
        {
            schema = items;
        }

        List<string> values = SpecSchemas.StringAlternatives(spec, schema);
        values.Should().NotBeEmpty();
        Type type = ModelType(typeName);
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Static))
        {
            if (property.PropertyType == type && property.GetValue(null) is { } value)
            {
                known.Add((string)type.GetProperty("Value")!.GetValue(value)!);
            }
        }

        foreach (FieldInfo field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.IsLiteral && field.FieldType == typeof(string))
            {
                known.Add((string)field.GetRawConstantValue()!);
            }
        }

        values.Except(known).Should().BeEmpty("{0} in {1} maps to {2}", path, specFile, typeName);
    }

    [Fact]
    public void Required_nullable_response_fields_are_written_for_built_responses()
    {
        JsonElement spec = RepoFixtures.OpenAISpec;
        var required = new SortedSet<string>(StringComparer.Ordinal);
        foreach (JsonElement part in SpecSchemas.Schema(spec, "Response").GetProperty("allOf").EnumerateArray())
        {
            if (part.TryGetProperty("required", out JsonElement names))
            {
                required.UnionWith(names.EnumerateArray().Select(n => n.GetString()!));
            }
        }

        JsonElement written = ResponsesJson.SerializeToElement(new Response());
        required.Where(name => !written.TryGetProperty(name, out _)).Should().BeEmpty();
    }

    private static List<string> AssertFamilyCovers(string specFile, string path, IReadOnlyDictionary<string, Type> known, Type unknownType, bool? expectStrings)
    {
        JsonElement spec = RepoFixtures.Spec(specFile);
        JsonElement union = Navigate(spec, path);
        List<(JsonElement Schema, List<string> Types)> alternatives = SpecSchemas.ObjectAlternatives(spec, union);
        alternatives.Should().NotBeEmpty();
        foreach ((JsonElement schema, List<string> types) in alternatives)
        {
            types.Should().NotBeEmpty("every object alternative of {0} has a type discriminator", path);
            foreach (string type in types)
            {
                known.Should().ContainKey(type, "discriminator '{0}' of {1} in {2}", type, path, specFile);
                Type cls = known[type];
                cls.Should().NotBe(unknownType);
                SortedSet<string> specNames = SpecSchemas.PropertyNames(spec, schema);
                specNames.Except(RepoFixtures.JsonPropertyNames(cls)).Should().BeEmpty(
                    "the properties of '{0}' ({1} in {2}) are properties of {3}", type, path, specFile, cls.Name);
            }
        }

        List<string> strings = SpecSchemas.StringAlternatives(spec, union);
        if (expectStrings == false)
        {
            strings.Should().BeEmpty();
        }

        return strings;
    }

    // "Schema" or "Schema.property" (the property's schema; array items are followed).
    private static JsonElement Navigate(JsonElement spec, string path)
    {
        string[] parts = path.Split('.');
        JsonElement schema = SpecSchemas.Schema(spec, parts[0]);
        foreach (string property in parts.Skip(1))
        {
            schema = SpecSchemas.Property(spec, schema, property);
            schema.ValueKind.Should().Be(JsonValueKind.Object, "{0} exists", path);
            schema = ArrayItems(spec, schema);
        }

        return schema;
    }

    // Follows "items" of an array schema, also inside an anyOf [array, null].
    private static JsonElement ArrayItems(JsonElement spec, JsonElement schema)
    {
        schema = SpecSchemas.Resolve(spec, schema);
        if (schema.TryGetProperty("items", out JsonElement items))
        {
            return items;
        }

        if (schema.TryGetProperty("anyOf", out JsonElement anyOf))
        {
            JsonElement[] arrays = anyOf.EnumerateArray().Where(a => a.TryGetProperty("items", out _)).ToArray();
            if (arrays.Length == 1)
            {
                return arrays[0].GetProperty("items");
            }
        }

        return schema;
    }

    private static JsonElement SingleObject(JsonElement spec, JsonElement schema, string path)
    {
        JsonElement resolved = SpecSchemas.Resolve(spec, schema);
        if (resolved.TryGetProperty("properties", out _) || resolved.TryGetProperty("allOf", out _))
        {
            return resolved;
        }

        List<(JsonElement Schema, List<string> Types)> objects = SpecSchemas.ObjectAlternatives(spec, resolved);
        objects.Should().ContainSingle("{0} is one object schema (possibly nullable or in a union with a string)", path);
        return objects[0].Schema;
    }

    private static Type ModelType(string name) =>
        typeof(Response).Assembly.GetType("Responses." + name, throwOnError: true)!;
}
