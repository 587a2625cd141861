using System.Text.Json;

namespace Responses.Abstractions.Tests.Model.RequestResponse;

/// <summary>Requests built in code serialize to exactly the expected JSON, and that JSON reads back
/// into the same classes.</summary>
public class RequestGoldenTests
{
    private static readonly Dictionary<string, (Func<ResponseTool> Build, string Json)> ToolCases = new()
    {
        ["function"] = (() => new FunctionTool
        {
            Name = "get_weather",
            Description = "Get the weather",
            Parameters = Json("""{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}"""),
            Strict = true,
        }, """{"type":"function","name":"get_weather","description":"Get the weather","parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]},"strict":true}"""),
        ["function-programmatic"] = (() => new FunctionTool
        {
            Name = "get_stock",
            Parameters = Json("""{"type":"object"}"""),
            OutputSchema = Json("""{"type":"number"}"""),
            DeferLoading = true,
            AllowedCallers = ["programmatic"],
        }, """{"type":"function","name":"get_stock","description":null,"parameters":{"type":"object"},"output_schema":{"type":"number"},"defer_loading":true,"allowed_callers":["programmatic"]}"""),
        ["file_search"] = (() => new FileSearchTool
        {
            VectorStoreIds = ["vs_1"],
            MaxNumResults = 5,
            RankingOptions = new FileSearchRankingOptions
            {
                Ranker = "auto",
                ScoreThreshold = 0.5,
                HybridSearch = new FileSearchHybridSearchOptions { EmbeddingWeight = 0.7, TextWeight = 0.3 },
            },
            Filters = CompoundFilter.And(
                ComparisonFilter.Create(FileSearchFilterTypes.Eq, "type", "report"),
                ComparisonFilter.Create(FileSearchFilterTypes.Gte, "year", 2024),
                CompoundFilter.Or(
                    ComparisonFilter.Create(FileSearchFilterTypes.In, "tag", ["a", "b"]),
                    ComparisonFilter.Create(FileSearchFilterTypes.Ne, "draft", true))),
        }, """{"type":"file_search","vector_store_ids":["vs_1"],"max_num_results":5,"ranking_options":{"ranker":"auto","score_threshold":0.5,"hybrid_search":{"embedding_weight":0.7,"text_weight":0.3}},"filters":{"type":"and","filters":[{"type":"eq","key":"type","value":"report"},{"type":"gte","key":"year","value":2024},{"type":"or","filters":[{"type":"in","key":"tag","value":["a","b"]},{"type":"ne","key":"draft","value":true}]}]}}"""),
        ["computer"] = (() => new ComputerTool(), """{"type":"computer"}"""),
        ["computer_use_preview"] = (() => new ComputerUsePreviewTool { Environment = "browser", DisplayWidth = 1024, DisplayHeight = 768 },
            """{"type":"computer_use_preview","environment":"browser","display_width":1024,"display_height":768}"""),
        ["web_search"] = (() => new WebSearchTool
        {
            Filters = new WebSearchToolFilters { AllowedDomains = ["example.com"] },
            UserLocation = new WebSearchUserLocation { Country = "US", City = "Boston" },
            SearchContextSize = "high",
            ExternalWebAccess = false,
        }, """{"type":"web_search","filters":{"allowed_domains":["example.com"]},"user_location":{"type":"approximate","country":"US","city":"Boston"},"search_context_size":"high","external_web_access":false}"""),
        ["web_search_2025_08_26"] = (() => new WebSearchTool { Type = ResponseToolTypes.WebSearch20250826 }, """{"type":"web_search_2025_08_26"}"""),
        ["web_search_preview"] = (() => new WebSearchPreviewTool
        {
            UserLocation = new WebSearchUserLocation { Timezone = "Europe/Paris" },
            SearchContextSize = "low",
            SearchContentTypes = ["text", "image"],
        }, """{"type":"web_search_preview","user_location":{"type":"approximate","timezone":"Europe/Paris"},"search_context_size":"low","search_content_types":["text","image"]}"""),
        ["web_search_preview_2025_03_11"] = (() => new WebSearchPreviewTool { Type = ResponseToolTypes.WebSearchPreview20250311 }, """{"type":"web_search_preview_2025_03_11"}"""),
        ["mcp-server"] = (() => new McpTool
        {
            ServerLabel = "deepwiki",
            ServerUrl = "https://mcp.deepwiki.com/mcp",
            ServerDescription = "Docs",
            Headers = new Dictionary<string, string> { ["X-Key"] = "k" },
            AllowedTools = new[] { "ask_question" },
            RequireApproval = McpRequireApproval.Never,
        }, """{"type":"mcp","server_label":"deepwiki","server_url":"https://mcp.deepwiki.com/mcp","server_description":"Docs","headers":{"X-Key":"k"},"allowed_tools":["ask_question"],"require_approval":"never"}"""),
        ["mcp-connector"] = (() => new McpTool
        {
            ServerLabel = "gmail",
            ConnectorId = "connector_gmail",
            TunnelId = "tunnel_0123456789abcdef0123456789abcdef",
            Authorization = "tok",
            AllowedTools = new McpToolFilter { ReadOnly = true },
            RequireApproval = new McpApprovalFilter { Never = new McpToolFilter { ToolNames = ["search"] } },
            DeferLoading = true,
            AllowedCallers = ["direct"],
        }, """{"type":"mcp","server_label":"gmail","connector_id":"connector_gmail","tunnel_id":"tunnel_0123456789abcdef0123456789abcdef","authorization":"tok","allowed_tools":{"read_only":true},"require_approval":{"never":{"tool_names":["search"]}},"defer_loading":true,"allowed_callers":["direct"]}"""),
        ["code_interpreter-id"] = (() => new CodeInterpreterTool { Container = "cntr_1" }, """{"type":"code_interpreter","container":"cntr_1"}"""),
        ["code_interpreter-auto"] = (() => new CodeInterpreterTool
        {
            Container = new CodeInterpreterAutoContainer
            {
                FileIds = ["file_1"],
                MemoryLimit = "4g",
                NetworkPolicy = new ContainerNetworkPolicyAllowlist
                {
                    AllowedDomains = ["pypi.org"],
                    DomainSecrets = [new ContainerNetworkDomainSecret { Domain = "pypi.org", Name = "TOKEN", Value = "x" }],
                },
            },
            AllowedCallers = ["direct", "programmatic"],
        }, """{"type":"code_interpreter","container":{"type":"auto","file_ids":["file_1"],"memory_limit":"4g","network_policy":{"type":"allowlist","allowed_domains":["pypi.org"],"domain_secrets":[{"domain":"pypi.org","name":"TOKEN","value":"x"}]}},"allowed_callers":["direct","programmatic"]}"""),
        ["code_interpreter-auto-helper"] = (() => new CodeInterpreterTool { Container = CodeInterpreterContainer.CreateAuto() }, """{"type":"code_interpreter","container":{"type":"auto"}}"""),
        ["programmatic_tool_calling"] = (() => new ProgrammaticToolCallingTool(), """{"type":"programmatic_tool_calling"}"""),
        ["image_generation"] = (() => new ImageGenerationTool
        {
            Model = "gpt-image-1",
            Quality = "high",
            Size = "1024x1536",
            OutputFormat = "webp",
            OutputCompression = 80,
            Moderation = "low",
            Background = "transparent",
            InputFidelity = "high",
            InputImageMask = new ImageGenerationInputImageMask { FileId = "file_mask" },
            PartialImages = 2,
            Action = "edit",
        }, """{"type":"image_generation","model":"gpt-image-1","quality":"high","size":"1024x1536","output_format":"webp","output_compression":80,"moderation":"low","background":"transparent","input_fidelity":"high","input_image_mask":{"file_id":"file_mask"},"partial_images":2,"action":"edit"}"""),
        ["local_shell"] = (() => new LocalShellTool(), """{"type":"local_shell"}"""),
        ["shell"] = (() => new ShellTool(), """{"type":"shell"}"""),
        ["shell-container_auto"] = (() => new ShellTool
        {
            Environment = new ShellToolContainerAutoEnvironment
            {
                FileIds = ["file_1"],
                MemoryLimit = "1g",
                NetworkPolicy = new ContainerNetworkPolicyDisabled(),
                Skills =
                [
                    new ContainerSkillReference { SkillId = "skill_1", Version = "2" },
                    new ContainerInlineSkill { Name = "s", Description = "d", Source = new InlineSkillSource { Data = "UEs=" } },
                ],
            },
        }, """{"type":"shell","environment":{"type":"container_auto","file_ids":["file_1"],"memory_limit":"1g","network_policy":{"type":"disabled"},"skills":[{"type":"skill_reference","skill_id":"skill_1","version":"2"},{"type":"inline","name":"s","description":"d","source":{"type":"base64","media_type":"application/zip","data":"UEs="}}]}}"""),
        ["shell-local"] = (() => new ShellTool
        {
            Environment = new ShellToolLocalEnvironment { Skills = [new ShellToolLocalSkill { Name = "n", Description = "d", Path = "/skills/n" }] },
        }, """{"type":"shell","environment":{"type":"local","skills":[{"name":"n","description":"d","path":"/skills/n"}]}}"""),
        ["shell-container_reference"] = (() => new ShellTool
        {
            Environment = new ShellToolContainerReferenceEnvironment { ContainerId = "cntr_1" },
            AllowedCallers = ["direct"],
        }, """{"type":"shell","environment":{"type":"container_reference","container_id":"cntr_1"},"allowed_callers":["direct"]}"""),
        ["custom-text"] = (() => new CustomTool { Name = "code", Description = "Runs code", Format = new CustomToolTextFormat() },
            """{"type":"custom","name":"code","description":"Runs code","format":{"type":"text"}}"""),
        ["custom-grammar"] = (() => new CustomTool
        {
            Name = "sql",
            Format = new CustomToolGrammarFormat { Syntax = "regex", Definition = "SELECT .+" },
            DeferLoading = false,
        }, """{"type":"custom","name":"sql","format":{"type":"grammar","syntax":"regex","definition":"SELECT .+"},"defer_loading":false}"""),
        ["namespace"] = (() => new NamespaceTool
        {
            Name = "crm",
            Description = "CRM tools",
            Tools = [new FunctionTool { Name = "get_customer" }, new CustomTool { Name = "query" }],
        }, """{"type":"namespace","name":"crm","description":"CRM tools","tools":[{"type":"function","name":"get_customer","description":null},{"type":"custom","name":"query"}]}"""),
        ["tool_search"] = (() => new ToolSearchTool { Description = "Find tools", Execution = "client", Parameters = Json("""{"type":"object"}""") },
            """{"type":"tool_search","description":"Find tools","execution":"client","parameters":{"type":"object"}}"""),
        ["apply_patch"] = (() => new ApplyPatchTool(), """{"type":"apply_patch"}"""),
    };

    private static readonly Dictionary<string, (Func<ToolChoice> Build, string Json)> ToolChoiceCases = new()
    {
        ["none"] = (() => ToolChoice.None, "\"none\""),
        ["auto"] = (() => ToolChoice.Auto, "\"auto\""),
        ["required"] = (() => ToolChoice.Required, "\"required\""),
        ["string"] = (() => "auto", "\"auto\""),
        ["function"] = (() => ToolChoice.Function("get_weather"), """{"type":"function","name":"get_weather"}"""),
        ["custom"] = (() => ToolChoice.Custom("sql"), """{"type":"custom","name":"sql"}"""),
        ["mcp"] = (() => ToolChoice.Mcp("deepwiki", "ask_question"), """{"type":"mcp","server_label":"deepwiki","name":"ask_question"}"""),
        ["mcp-server"] = (() => ToolChoice.Mcp("deepwiki"), """{"type":"mcp","server_label":"deepwiki"}"""),
        ["file_search"] = (() => ToolChoice.FileSearch, """{"type":"file_search"}"""),
        ["web_search_preview"] = (() => ToolChoice.WebSearchPreview, """{"type":"web_search_preview"}"""),
        ["web_search_preview_2025_03_11"] = (() => ToolChoice.Hosted(ToolChoiceObjectTypes.WebSearchPreview20250311), """{"type":"web_search_preview_2025_03_11"}"""),
        ["computer"] = (() => ToolChoice.Computer, """{"type":"computer"}"""),
        ["computer_use_preview"] = (() => ToolChoice.ComputerUsePreview, """{"type":"computer_use_preview"}"""),
        ["computer_use"] = (() => ToolChoice.Hosted(ToolChoiceObjectTypes.ComputerUse), """{"type":"computer_use"}"""),
        ["image_generation"] = (() => ToolChoice.ImageGeneration, """{"type":"image_generation"}"""),
        ["code_interpreter"] = (() => ToolChoice.CodeInterpreter, """{"type":"code_interpreter"}"""),
        ["apply_patch"] = (() => ToolChoice.ApplyPatch, """{"type":"apply_patch"}"""),
        ["shell"] = (() => ToolChoice.Shell, """{"type":"shell"}"""),
        ["programmatic_tool_calling"] = (() => ToolChoice.ProgrammaticToolCalling, """{"type":"programmatic_tool_calling"}"""),
        ["allowed_tools"] = (() => ToolChoice.AllowedTools(
            "required",
            new FunctionToolChoice { Name = "get_weather" },
            new McpToolChoice { ServerLabel = "deepwiki" },
            new HostedToolChoice { Type = ToolChoiceObjectTypes.ImageGeneration }),
            """{"type":"allowed_tools","mode":"required","tools":[{"type":"function","name":"get_weather"},{"type":"mcp","server_label":"deepwiki"},{"type":"image_generation"}]}"""),
    };

    private static readonly Dictionary<string, (Func<CreateResponseRequest> Build, string Json)> RequestCases = new()
    {
        ["input-string"] = (() => new CreateResponseRequest { Model = "gpt-5.4", Input = "Hello" }, """{"model":"gpt-5.4","input":"Hello"}"""),
        ["input-items"] = (() => new CreateResponseRequest
        {
            Model = "gpt-5.4",
            Input = new List<ResponseItem>
            {
                new MessageItem { Role = MessageRole.Developer, Content = new List<ContentPart> { new InputTextPart { Text = "Be brief." } } },
                new MessageItem { Role = MessageRole.User, Content = "Hello" },
            },
        }, """{"model":"gpt-5.4","input":[{"type":"message","role":"developer","content":[{"type":"input_text","text":"Be brief."}]},{"type":"message","role":"user","content":"Hello"}]}"""),
        ["text-plain"] = (() => new CreateResponseRequest { Text = new ResponseTextOptions { Format = new TextResponseFormat() } },
            """{"text":{"format":{"type":"text"}}}"""),
        ["text-json_object"] = (() => new CreateResponseRequest { Text = new ResponseTextOptions { Format = new JsonObjectResponseFormat() } },
            """{"text":{"format":{"type":"json_object"}}}"""),
        ["text-json_schema"] = (() => new CreateResponseRequest
        {
            Text = new ResponseTextOptions
            {
                Format = new JsonSchemaResponseFormat
                {
                    Name = "person",
                    Description = "A person",
                    Schema = Json("""{"type":"object","properties":{"name":{"type":"string"}},"required":["name"],"additionalProperties":false}"""),
                    Strict = true,
                },
                Verbosity = TextVerbosity.Low,
            },
        }, """{"text":{"format":{"type":"json_schema","name":"person","description":"A person","schema":{"type":"object","properties":{"name":{"type":"string"}},"required":["name"],"additionalProperties":false},"strict":true},"verbosity":"low"}}"""),
        ["text-verbosity"] = (() => new CreateResponseRequest { Text = new ResponseTextOptions { Verbosity = TextVerbosity.High } },
            """{"text":{"verbosity":"high"}}"""),
        ["reasoning"] = (() => new CreateResponseRequest
        {
            Model = "gpt-5.4",
            Reasoning = new ReasoningOptions { Effort = ReasoningEffort.High, Summary = "auto" },
            Include = [ResponseIncludes.ReasoningEncryptedContent],
        }, """{"model":"gpt-5.4","reasoning":{"effort":"high","summary":"auto"},"include":["reasoning.encrypted_content"]}"""),
        ["reasoning-all"] = (() => new CreateResponseRequest
        {
            Reasoning = new ReasoningOptions { Effort = ReasoningEffort.XHigh, Summary = "detailed", GenerateSummary = "concise", Mode = "pro", Context = "all_turns" },
        }, """{"reasoning":{"effort":"xhigh","summary":"detailed","generate_summary":"concise","mode":"pro","context":"all_turns"}}"""),
        ["conversation-string"] = (() => new CreateResponseRequest { Conversation = "conv_1" }, """{"conversation":"conv_1"}"""),
        ["conversation-object"] = (() => new CreateResponseRequest { Conversation = ConversationReference.FromObject("conv_1") }, """{"conversation":{"id":"conv_1"}}"""),
        ["prompt"] = (() => new CreateResponseRequest
        {
            Prompt = new ResponsePrompt
            {
                Id = "pmpt_1",
                Version = "2",
                Variables = new Dictionary<string, PromptVariable>
                {
                    ["name"] = "Jane",
                    ["note"] = new InputTextPart { Text = "VIP" },
                },
            },
        }, """{"prompt":{"id":"pmpt_1","version":"2","variables":{"name":"Jane","note":{"type":"input_text","text":"VIP"}}}}"""),
        ["all-scalars"] = (() => new CreateResponseRequest
        {
            Model = "gpt-5.4",
            Instructions = "Be brief.",
            ParallelToolCalls = false,
            MaxToolCalls = 3,
            Stream = true,
            StreamOptions = new ResponseStreamOptions { IncludeObfuscation = false },
            Store = false,
            Background = true,
            PreviousResponseId = "resp_0",
            Metadata = new Dictionary<string, string> { ["k"] = "v" },
            MaxOutputTokens = 1000,
            Temperature = 0.5,
            TopP = 0.9,
            TopLogprobs = 2,
            PresencePenalty = 0.1,
            FrequencyPenalty = 0.2,
            Truncation = ResponseTruncation.Auto,
            ServiceTier = ServiceTier.Flex,
            User = "u",
            SafetyIdentifier = "s",
            PromptCacheKey = "pck",
            PromptCacheRetention = "24h",
            PromptCacheOptions = new PromptCacheOptions { Ttl = "30m", Mode = "explicit" },
            ContextManagement = [new ContextManagement { Type = "compaction", CompactThreshold = 100000 }],
            Moderation = new ModerationOptions
            {
                Model = "omni-moderation-latest",
                Policy = new ModerationPolicy { Input = new ModerationPolicyConfig { Mode = "block" }, Output = new ModerationPolicyConfig { Mode = "score" } },
            },
            MultiAgent = new MultiAgentOptions { Enabled = true, MaxConcurrentSubagents = 2 },
        }, """{"model":"gpt-5.4","instructions":"Be brief.","parallel_tool_calls":false,"max_tool_calls":3,"stream":true,"stream_options":{"include_obfuscation":false},"store":false,"background":true,"previous_response_id":"resp_0","metadata":{"k":"v"},"max_output_tokens":1000,"temperature":0.5,"top_p":0.9,"top_logprobs":2,"presence_penalty":0.1,"frequency_penalty":0.2,"truncation":"auto","service_tier":"flex","user":"u","safety_identifier":"s","prompt_cache_key":"pck","prompt_cache_retention":"24h","prompt_cache_options":{"ttl":"30m","mode":"explicit"},"context_management":[{"type":"compaction","compact_threshold":100000}],"moderation":{"model":"omni-moderation-latest","policy":{"input":{"mode":"block"},"output":{"mode":"score"}}},"multi_agent":{"enabled":true,"max_concurrent_subagents":2}}"""),
        ["tools-and-choice"] = (() => new CreateResponseRequest
        {
            Model = "gpt-5.4",
            Input = "Weather in Paris?",
            Tools = [new FunctionTool { Name = "get_weather", Parameters = Json("""{"type":"object"}"""), Strict = false }, new WebSearchTool()],
            ToolChoice = ToolChoice.Required,
        }, """{"model":"gpt-5.4","input":"Weather in Paris?","tools":[{"type":"function","name":"get_weather","description":null,"parameters":{"type":"object"},"strict":false},{"type":"web_search"}],"tool_choice":"required"}"""),
    };

    public static TheoryData<string> ToolCaseNames => [.. ToolCases.Keys];

    public static TheoryData<string> ToolChoiceCaseNames => [.. ToolChoiceCases.Keys];

    public static TheoryData<string> RequestCaseNames => [.. RequestCases.Keys];

    [Fact]
    public void Every_tool_type_has_a_golden_case()
    {
        var built = ToolCases.Values.Select(c => c.Build().Type).ToHashSet();
        new ResponseToolConverter().KnownTypes.Keys.Except(built).Should().BeEmpty();
        var choices = ToolChoiceCases.Values.Select(c => c.Build().Tool?.Type).OfType<string>().ToHashSet();
        new ToolChoiceObjectConverter().KnownTypes.Keys.Except(choices).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(ToolCaseNames))]
    public void Tool_serializes_exactly(string name)
    {
        (Func<ResponseTool> build, string expected) = ToolCases[name];
        ResponseTool tool = build();
        ResponsesJson.Serialize(tool).Should().Be(expected);

        ResponseTool read = ResponsesJson.Deserialize<ResponseTool>(expected)!;
        read.Should().BeOfType(tool.GetType());
        ResponsesJson.Serialize(read).Should().Be(expected);

        string inRequest = ResponsesJson.Serialize(new CreateResponseRequest { Tools = [tool] });
        inRequest.Should().Be($$"""{"tools":[{{expected}}]}""");
    }

    [Theory]
    [MemberData(nameof(ToolChoiceCaseNames))]
    public void Tool_choice_serializes_exactly(string name)
    {
        (Func<ToolChoice> build, string expected) = ToolChoiceCases[name];
        ToolChoice choice = build();
        ResponsesJson.Serialize(new CreateResponseRequest { ToolChoice = choice }).Should().Be($$"""{"tool_choice":{{expected}}}""");

        ToolChoice read = ResponsesJson.Deserialize<ToolChoice>(expected)!;
        read.Mode.Should().Be(choice.Mode);
        if (choice.Tool is not null)
        {
            read.Tool.Should().BeOfType(choice.Tool.GetType());
        }

        ResponsesJson.Serialize(read).Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(RequestCaseNames))]
    public void Request_serializes_exactly(string name)
    {
        (Func<CreateResponseRequest> build, string expected) = RequestCases[name];
        ResponsesJson.Serialize(build()).Should().Be(expected);

        CreateResponseRequest read = ResponsesJson.Deserialize<CreateResponseRequest>(expected)!;
        ResponsesJson.Serialize(read).Should().Be(expected);
        WireGraphWalker.UnknownObjects(read).Should().BeEmpty();
    }

    [Fact]
    public void Input_forms_are_kept()
    {
        CreateResponseRequest text = ResponsesJson.Deserialize<CreateResponseRequest>("""{"input":"Hi"}""")!;
        text.Input!.Text.Should().Be("Hi");
        text.Input.ToItems().Should().ContainSingle().Which.Should().BeOfType<MessageItem>();

        CreateResponseRequest items = ResponsesJson.Deserialize<CreateResponseRequest>("""{"input":[{"role":"user","content":"Hi"}]}""")!;
        items.Input!.Items.Should().ContainSingle().Which.Should().BeOfType<MessageItem>();
        ResponsesJson.Serialize(items).Should().Be("""{"input":[{"role":"user","content":"Hi"}]}""");
    }

    [Fact]
    public void Conversation_forms_are_kept()
    {
        ConversationReference s = ResponsesJson.Deserialize<CreateResponseRequest>("""{"conversation":"conv_1"}""")!.Conversation!;
        s.ConversationId.Should().Be("conv_1");
        s.Conversation.Should().BeNull();
        s.Id.Should().Be("conv_1");

        ConversationReference o = ResponsesJson.Deserialize<CreateResponseRequest>("""{"conversation":{"id":"conv_1"}}""")!.Conversation!;
        o.ConversationId.Should().BeNull();
        o.Conversation!.Id.Should().Be("conv_1");
        o.Id.Should().Be("conv_1");
    }

    private static JsonElement Json(string json) => RepoFixtures.Parse(json);
}
