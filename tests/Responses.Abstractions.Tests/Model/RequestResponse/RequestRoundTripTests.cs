using System.Text.Json;

namespace Responses.Abstractions.Tests.Model.RequestResponse;

/// <summary>Request JSON covering every field parses into typed values and serializes back JSON-equal;
/// unknown fields and types survive.</summary>
public class RequestRoundTripTests
{
    // Every property of CreateResponseRequest, with values in the style of the spec's examples.
    private const string FullRequest = """
        {
          "model": "gpt-5.4",
          "input": [
            {"role": "developer", "content": "Talk like a pirate."},
            {"type": "message", "role": "user", "content": [
              {"type": "input_text", "text": "What is in this image?"},
              {"type": "input_image", "image_url": "https://example.com/boardwalk.jpg", "detail": "auto"}
            ]}
          ],
          "instructions": "You are a helpful assistant.",
          "tools": [
            {"type": "function", "name": "get_current_weather", "description": "Get the current weather in a given location",
             "parameters": {"type": "object", "properties": {"location": {"type": "string"}, "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}}, "required": ["location", "unit"]},
             "strict": true, "defer_loading": false, "output_schema": null, "allowed_callers": ["direct"]},
            {"type": "file_search", "vector_store_ids": ["vs_1234567890"], "max_num_results": 20,
             "ranking_options": {"ranker": "default-2024-11-15", "score_threshold": 0.2, "hybrid_search": {"embedding_weight": 1, "text_weight": 0.5}},
             "filters": {"type": "or", "filters": [{"type": "eq", "key": "region", "value": "us"}, {"type": "and", "filters": [{"type": "nin", "key": "year", "value": [2020, 2021]}]}]}},
            {"type": "computer"},
            {"type": "computer_use_preview", "display_width": 1024, "display_height": 768, "environment": "mac"},
            {"type": "web_search", "filters": {"allowed_domains": null}, "user_location": {"type": "approximate", "country": "GB", "region": null, "city": "London", "timezone": null}, "search_context_size": "medium", "external_web_access": true},
            {"type": "web_search_2025_08_26"},
            {"type": "web_search_preview", "user_location": null, "search_context_size": "high", "search_content_types": ["text"]},
            {"type": "web_search_preview_2025_03_11"},
            {"type": "mcp", "server_label": "dmcp", "server_url": "https://dmcp-server.deno.dev/sse", "server_description": "A D&D MCP server",
             "headers": null, "allowed_tools": ["roll"], "require_approval": {"always": {"tool_names": ["roll"]}, "never": {"read_only": true}}, "allowed_callers": ["direct"], "defer_loading": true},
            {"type": "mcp", "server_label": "google_calendar", "connector_id": "connector_googlecalendar", "authorization": "ya29.token", "tunnel_id": "tunnel_0123456789abcdef0123456789abcdef",
             "allowed_tools": {"tool_names": ["search_events"], "read_only": true}, "require_approval": "never"},
            {"type": "code_interpreter", "container": {"type": "auto", "file_ids": ["file-1"], "memory_limit": "16g", "network_policy": {"type": "disabled"}}, "allowed_callers": ["programmatic"]},
            {"type": "code_interpreter", "container": "cntr_abc"},
            {"type": "programmatic_tool_calling"},
            {"type": "image_generation", "model": "gpt-image-1.5", "quality": "medium", "size": "auto", "output_format": "png", "output_compression": 100,
             "moderation": "auto", "background": "opaque", "input_fidelity": null, "input_image_mask": {"image_url": "data:image/png;base64,AAAA"}, "partial_images": 0, "action": "auto"},
            {"type": "local_shell"},
            {"type": "shell", "environment": {"type": "container_auto", "file_ids": [], "memory_limit": null,
             "network_policy": {"type": "allowlist", "allowed_domains": ["example.com"], "domain_secrets": [{"domain": "example.com", "name": "API_KEY", "value": "secret"}]},
             "skills": [{"type": "skill_reference", "skill_id": "skill_1"}, {"type": "inline", "name": "csv", "description": "CSV tools", "source": {"type": "base64", "media_type": "application/zip", "data": "UEsDBA=="}}]}},
            {"type": "shell", "environment": {"type": "local", "skills": [{"name": "lint", "description": "Lints code", "path": "./skills/lint"}]}, "allowed_callers": null},
            {"type": "shell", "environment": {"type": "container_reference", "container_id": "cntr_1"}},
            {"type": "shell", "environment": null},
            {"type": "custom", "name": "code_exec", "description": "Executes arbitrary Python code", "format": {"type": "text"}},
            {"type": "custom", "name": "math", "format": {"type": "grammar", "syntax": "lark", "definition": "start: expr"}, "defer_loading": true, "allowed_callers": ["direct"]},
            {"type": "namespace", "name": "crm", "description": "CRM tools", "tools": [{"type": "function", "name": "get_customer", "defer_loading": true}, {"type": "custom", "name": "query"}]},
            {"type": "tool_search", "description": null, "execution": "server", "parameters": null},
            {"type": "apply_patch", "allowed_callers": ["direct"]}
          ],
          "tool_choice": {"type": "allowed_tools", "mode": "auto", "tools": [{"type": "function", "name": "get_current_weather"}, {"type": "mcp", "server_label": "dmcp"}, {"type": "image_generation"}]},
          "parallel_tool_calls": false,
          "max_tool_calls": 5,
          "text": {"format": {"type": "json_schema", "name": "weather", "description": "A weather report", "schema": {"type": "object", "properties": {"temperature": {"type": "number"}}, "required": ["temperature"], "additionalProperties": false}, "strict": true}, "verbosity": "medium"},
          "reasoning": {"effort": "medium", "summary": "auto", "generate_summary": null, "mode": "standard", "context": "current_turn"},
          "include": ["file_search_call.results", "reasoning.encrypted_content", "message.output_text.logprobs"],
          "stream": true,
          "stream_options": {"include_obfuscation": false},
          "store": false,
          "background": false,
          "previous_response_id": null,
          "conversation": {"id": "conv_689667905b048191b4740501625afd940c7533ace33a2dab"},
          "prompt": {"id": "pmpt_abc123", "version": "2", "variables": {"customer_name": "Jane Doe", "product": "40oz juice box", "logo": {"type": "input_image", "file_id": "file-123"}, "note": {"type": "input_text", "text": "VIP"}}},
          "metadata": {"session": "42"},
          "user": "user-1234",
          "safety_identifier": "a1b2c3",
          "prompt_cache_key": "weather-bot",
          "prompt_cache_retention": "in_memory",
          "prompt_cache_options": {"ttl": "30m", "mode": "implicit"},
          "max_output_tokens": 2048,
          "temperature": 1,
          "top_p": 1,
          "top_logprobs": 0,
          "presence_penalty": 0,
          "frequency_penalty": 0,
          "truncation": "disabled",
          "service_tier": "priority",
          "context_management": [{"type": "compaction", "compact_threshold": 200000}],
          "moderation": {"model": "omni-moderation-latest", "policy": {"input": {"mode": "block"}, "output": null}},
          "multi_agent": {"enabled": true, "max_concurrent_subagents": 4}
        }
        """;

    [Fact]
    public void Full_request_covers_every_property()
    {
        JsonElement json = RepoFixtures.Parse(FullRequest);
        var keys = json.EnumerateObject().Select(p => p.Name).ToHashSet();
        keys.Should().BeEquivalentTo(RepoFixtures.JsonPropertyNames(typeof(CreateResponseRequest)));
    }

    [Fact]
    public void Full_request_round_trips_with_typed_values()
    {
        CreateResponseRequest request = RepoFixtures.RoundTrip<CreateResponseRequest>(FullRequest);
        request.AdditionalProperties.Should().BeNull();
        request.Model.Should().Be("gpt-5.4");
        request.Input!.Items.Should().HaveCount(2).And.AllBeOfType<MessageItem>();
        request.Instructions.Should().Be("You are a helpful assistant.");

        request.Tools!.OfType<UnknownResponseTool>().Should().BeEmpty();
        request.Tools!.Select(t => t.Type).Should().Contain(new ResponseToolConverter().KnownTypes.Keys);
        request.Tools!.Where(t => t.AdditionalProperties is not null).Should().BeEmpty("every tool field of the spec is a property");
        WireGraphWalker.UnknownObjects(request, nameof(CreateResponseRequest.Input), nameof(CreateResponseRequest.Prompt)).Should().BeEmpty();

        var fileSearch = request.Tools!.OfType<FileSearchTool>().Single();
        var or = fileSearch.Filters.Should().BeOfType<CompoundFilter>().Subject;
        or.Type.Should().Be("or");
        or.Filters[0].Should().BeOfType<ComparisonFilter>().Which.Value!.Value.GetString().Should().Be("us");
        or.Filters[1].Should().BeOfType<CompoundFilter>().Which.Filters[0].Should().BeOfType<ComparisonFilter>().Which.Type.Should().Be("nin");

        McpTool[] mcps = [.. request.Tools!.OfType<McpTool>()];
        mcps[0].AllowedTools!.ToolNames.Should().Equal("roll");
        mcps[0].RequireApproval!.Filter!.Never!.ReadOnly.Should().BeTrue();
        mcps[1].AllowedTools!.Filter!.ToolNames.Should().Equal("search_events");
        mcps[1].RequireApproval!.Mode.Should().Be("never");

        CodeInterpreterTool[] interpreters = [.. request.Tools!.OfType<CodeInterpreterTool>()];
        interpreters[0].Container!.Auto!.NetworkPolicy.Should().BeOfType<ContainerNetworkPolicyDisabled>();
        interpreters[1].Container!.ContainerId.Should().Be("cntr_abc");

        request.Tools!.OfType<ShellTool>().Select(s => s.Environment?.GetType()).Should().Equal(
            typeof(ShellToolContainerAutoEnvironment), typeof(ShellToolLocalEnvironment), typeof(ShellToolContainerReferenceEnvironment), null);
        request.Tools!.OfType<CustomTool>().Select(c => c.Format!.GetType()).Should().Equal(typeof(CustomToolTextFormat), typeof(CustomToolGrammarFormat));
        request.Tools!.OfType<NamespaceTool>().Single().Tools.Select(t => t.GetType()).Should().Equal(typeof(FunctionTool), typeof(CustomTool));

        var allowed = request.ToolChoice!.Tool.Should().BeOfType<AllowedToolsToolChoice>().Subject;
        allowed.Tools.Select(t => t.GetType()).Should().Equal(typeof(FunctionToolChoice), typeof(McpToolChoice), typeof(HostedToolChoice));

        request.Text!.Format.Should().BeOfType<JsonSchemaResponseFormat>().Which.Schema!.Value.GetProperty("type").GetString().Should().Be("object");
        request.Text.Verbosity.Should().Be(TextVerbosity.Medium);
        request.Reasoning!.Effort.Should().Be(ReasoningEffort.Medium);
        request.Conversation!.Id.Should().StartWith("conv_");
        request.Prompt!.Variables!["customer_name"].Text.Should().Be("Jane Doe");
        request.Prompt.Variables["note"].Part.Should().BeOfType<InputTextPart>();
        request.Prompt.Variables["logo"].Part.Should().NotBeNull();
        request.Truncation.Should().Be(ResponseTruncation.Disabled);
        request.ServiceTier.Should().Be(ServiceTier.Priority);
        request.ContextManagement!.Single().CompactThreshold.Should().Be(200000);
        request.Moderation!.Policy!.Input!.Mode.Should().Be("block");
        request.MultiAgent!.MaxConcurrentSubagents.Should().Be(4);
    }

    [Fact]
    public void Unknown_fields_and_types_survive()
    {
        const string json = """
            {
              "model": "gpt-9",
              "future_field": {"a": [1, 2, {"b": null}]},
              "tools": [
                {"type": "quantum_search", "qubits": 3, "nested": {"x": true}},
                {"type": "function", "name": "f", "brand_new_flag": true},
                {"type": "mcp", "server_label": "s", "require_approval": "sometimes", "allowed_tools": {"tool_names": ["a"], "future": 1}},
                {"type": "file_search", "vector_store_ids": [], "filters": {"type": "regex", "key": "k", "value": "^a"}},
                {"type": "shell", "environment": {"type": "vm", "image": "ubuntu"}},
                {"type": "custom", "name": "c", "format": {"type": "protobuf", "schema": "message X {}"}},
                {"type": "code_interpreter", "container": {"type": "gpu", "gpus": 1}}
              ],
              "tool_choice": {"type": "telepathy", "strength": 11},
              "text": {"format": {"type": "yaml", "indent": 2}, "verbosity": "extreme", "future": true},
              "reasoning": {"effort": "ludicrous", "future_knob": 1},
              "service_tier": "galactic",
              "truncation": "smart",
              "conversation": {"id": "conv_1", "extra": "x"}
            }
            """;
        CreateResponseRequest request = RepoFixtures.RoundTrip<CreateResponseRequest>(json);
        request.AdditionalProperties.Should().ContainKey("future_field");
        request.Tools![0].Should().BeOfType<UnknownResponseTool>().Which.Type.Should().Be("quantum_search");
        request.Tools[1].Should().BeOfType<FunctionTool>().Which.AdditionalProperties.Should().ContainKey("brand_new_flag");
        request.Tools[2].Should().BeOfType<McpTool>().Which.RequireApproval!.Mode.Should().Be("sometimes");
        request.Tools[3].Should().BeOfType<FileSearchTool>().Which.Filters.Should().BeOfType<UnknownFileSearchFilter>();
        request.Tools[4].Should().BeOfType<ShellTool>().Which.Environment.Should().BeOfType<UnknownShellToolEnvironment>();
        request.Tools[5].Should().BeOfType<CustomTool>().Which.Format.Should().BeOfType<UnknownCustomToolFormat>();
        request.Tools[6].Should().BeOfType<CodeInterpreterTool>().Which.Container!.Auto!.Type.Should().Be("gpu");
        request.ToolChoice!.Tool.Should().BeOfType<UnknownToolChoiceObject>().Which.Type.Should().Be("telepathy");
        request.Text!.Format.Should().BeOfType<UnknownResponseTextFormat>();
        request.Text.Verbosity!.Value.Value.Should().Be("extreme");
        request.Reasoning!.Effort.Should().Be(ReasoningEffort.Create("ludicrous"));
        request.ServiceTier!.Value.Value.Should().Be("galactic");
        request.Truncation!.Value.Value.Should().Be("smart");
    }

    [Fact]
    public void Explicit_nulls_and_absent_properties_are_kept()
    {
        const string json = """{"model":null,"tools":null,"tool_choice":null,"text":null,"reasoning":null,"conversation":null,"prompt":null,"include":null,"metadata":null,"truncation":null,"service_tier":null,"stream_options":null,"context_management":null,"moderation":null}""";
        CreateResponseRequest request = RepoFixtures.RoundTrip<CreateResponseRequest>(json);
        ResponsesJson.Serialize(ResponsesJson.Deserialize<CreateResponseRequest>("{}")!).Should().Be("{}");
    }

    [Fact]
    public void Token_count_and_compact_requests_round_trip()
    {
        const string count = """
            {"model": "gpt-5.4", "input": "Tell me a joke.", "instructions": null, "previous_response_id": "resp_1", "conversation": "conv_1",
             "tools": [{"type": "web_search"}], "tool_choice": "auto", "parallel_tool_calls": true, "text": {"format": {"type": "text"}},
             "reasoning": {"effort": "low"}, "truncation": "auto", "personality": "friendly", "extra": 1}
            """;
        InputTokenCountRequest countRequest = RepoFixtures.RoundTrip<InputTokenCountRequest>(count);
        countRequest.Tools!.Single().Should().BeOfType<WebSearchTool>();
        countRequest.Personality.Should().Be("friendly");
        RepoFixtures.JsonPropertyNames(typeof(InputTokenCountRequest)).Except(RepoFixtures.Parse(count).EnumerateObject().Select(p => p.Name)).Should().BeEmpty();

        const string compact = """
            {"model": "gpt-5.4", "input": [{"role": "user", "content": "Hi"}], "instructions": "Be brief.", "previous_response_id": null,
             "prompt_cache_key": "k", "prompt_cache_retention": "24h", "prompt_cache_options": {"ttl": "30m"}, "service_tier": "flex"}
            """;
        CompactResponseRequest compactRequest = RepoFixtures.RoundTrip<CompactResponseRequest>(compact);
        compactRequest.ServiceTier.Should().Be(ServiceTier.Flex);
        RepoFixtures.JsonPropertyNames(typeof(CompactResponseRequest)).Except(RepoFixtures.Parse(compact).EnumerateObject().Select(p => p.Name)).Should().BeEmpty();
    }

    [Fact]
    public void Clone_is_a_shallow_copy_with_new_collections()
    {
        CreateResponseRequest original = ResponsesJson.Deserialize<CreateResponseRequest>(
            """{"model":"m","input":[{"role":"user","content":"hi"}],"tools":[{"type":"web_search"}],"include":["a"],"metadata":{"k":"v"},"context_management":[{"type":"compaction"}],"future":1,"stream":null}""")!;
        string before = ResponsesJson.Serialize(original);

        CreateResponseRequest copy = original.Clone();
        ResponsesJson.Serialize(copy).Should().Be(before, "the copy keeps presence and unknown properties");
        copy.Should().NotBeSameAs(original);
        copy.Tools.Should().NotBeSameAs(original.Tools);
        copy.Tools![0].Should().BeSameAs(original.Tools![0]);
        copy.Input!.Items.Should().NotBeSameAs(original.Input!.Items);
        copy.Input.Items![0].Should().BeSameAs(original.Input.Items![0]);
        copy.AdditionalProperties.Should().NotBeSameAs(original.AdditionalProperties).And.ContainKey("future");

        copy.Model = "other";
        copy.Tools.Add(new FunctionTool { Name = "f" });
        copy.Input.Items.Add(new MessageItem { Role = MessageRole.User, Content = "more" });
        copy.Include!.Add("b");
        copy.Metadata!["k2"] = "v2";
        copy.ContextManagement!.Clear();
        copy.SetAdditionalProperty("added", RepoFixtures.Parse("true"));

        ResponsesJson.Serialize(original).Should().Be(before);
    }
}
