using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Responses.Testing.Tests;

public class SchemaValidatorTests(ITestOutputHelper output)
{
    private static readonly SchemaValidator Validator = SchemaValidator.Default;

    private static string Describe(IEnumerable<SchemaViolation> violations) => string.Join("\n", violations);

    private static JsonElement Body(string name) => Fixtures.ReadJson($"{Fixtures.OpenAIResponsesRecordings}/{name}.json");

    private static JsonElement Mutate(JsonElement json, Action<JsonObject> change)
    {
        var node = JsonNode.Parse(json.GetRawText())!.AsObject();
        change(node);
        return Fixtures.ParseElement(node.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(SchemaFixtureCases.RecordedStreams), MemberType = typeof(SchemaFixtureCases))]
    public void Every_event_of_a_recorded_OpenAI_stream_validates(string recording)
    {
        var events = Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/{recording}.chunks.txt");
        var violations = events.SelectMany(e => Validator.ValidateStreamEvent(e, ApiSpec.OpenAI)).ToList();
        violations.Should().BeEmpty(Describe(violations));
    }

    [Theory]
    [MemberData(nameof(SchemaFixtureCases.RecordedResponseBodies), MemberType = typeof(SchemaFixtureCases))]
    public void Recorded_OpenAI_response_body_validates(string recording)
    {
        Validator.AssertValidResponse(Body(recording), ApiSpec.OpenAI);
    }

    [Theory]
    [MemberData(nameof(SchemaFixtureCases.RecordedErrorBodies), MemberType = typeof(SchemaFixtureCases))]
    public void Recorded_OpenAI_error_body_validates_as_ErrorResponse(string recording)
    {
        Validator.AssertValid(ApiSpec.OpenAI, "ErrorResponse", Body(recording));
    }

    [Fact]
    public void Provider_error_helper_for_OpenAI_produces_a_valid_ErrorResponse()
    {
        Validator.AssertValid(ApiSpec.OpenAI, "ErrorResponse", ProviderErrors.BodyJson(ProviderErrors.OpenAI(400, "bad", "invalid_request_error", "model", "model_not_found")));
    }

    [Fact]
    public void Hand_written_custom_tool_stream_only_lacks_sequence_numbers()
    {
        var events = Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/openai-custom-tool.1.chunks.txt");
        var violations = events.SelectMany(e => Validator.ValidateStreamEvent(e, ApiSpec.OpenAI)).ToList();
        violations.Should().HaveCount(events.Count).And.OnlyContain(v => v.Path == "$.sequence_number" && v.Kind == "PropertyRequired");
    }

    [Fact]
    public void Abbreviated_phase_recording_only_lacks_the_cut_response_fields_and_logprobs()
    {
        var events = Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/openai-phase.1.chunks.txt");
        var violations = events.SelectMany(e => Validator.ValidateStreamEvent(e, ApiSpec.OpenAI))
            .Concat(Validator.ValidateResponse(Body("openai-phase.1"), ApiSpec.OpenAI)).ToList();
        violations.Should().NotBeEmpty().And.OnlyContain(v => v.Kind == "PropertyRequired");
        violations.Select(v => v.Path.Replace("$.response.", "$.", StringComparison.Ordinal)).Distinct().Should().BeEquivalentTo(
            "$.error", "$.incomplete_details", "$.instructions", "$.metadata", "$.parallel_tool_calls", "$.temperature",
            "$.tool_choice", "$.tools", "$.top_p", "$.logprobs");
    }

    [Fact]
    public void Spec_examples_deviate_from_their_own_spec_where_documented()
    {
        // wire/openai-responses/example-*.json come from the spec's x-oaiMeta examples, which predate some required fields.
        var found = Fixtures.Enumerate("wire/openai-responses/*.json")
            .SelectMany(p => Validator.ValidateResponse(Fixtures.ReadJson(p), ApiSpec.OpenAI).Select(v => $"{Path.GetFileName(p)} {v.Path} {v.Kind}"))
            .ToList();
        found.Should().BeEquivalentTo(
            "example-file-search.json $.output[1].content[0].logprobs PropertyRequired",
            "example-functions.json $.usage.input_tokens_details PropertyRequired",
            "example-image-input.json $.output[0].content[0].logprobs PropertyRequired",
            "example-reasoning.json $.output[0].content[0].logprobs PropertyRequired",
            "example-text-input.json $.output[0].content[0].logprobs PropertyRequired",
            "example-web-search.json $.output[0].action PropertyRequired",
            "example-web-search.json $.output[1].content[0].logprobs PropertyRequired");
    }

    [Fact]
    public void Every_known_deviation_is_needed_by_some_recording()
    {
        var streams = Fixtures.Enumerate(Fixtures.OpenAIResponsesRecordings + "/*.chunks.txt").SelectMany(Fixtures.ReadChunks)
            .SelectMany(e => SchemaValidator.Strict.ValidateStreamEvent(e, ApiSpec.OpenAI));
        var bodies = Fixtures.Enumerate(Fixtures.OpenAIResponsesRecordings + "/*.json").Select(Fixtures.ReadJson).Where(SchemaFixtureCases.IsResponse)
            .SelectMany(b => SchemaValidator.Strict.ValidateResponse(b, ApiSpec.OpenAI));
        var strict = streams.Concat(bodies).ToList();

        // Each group of deviations (one reason) must match at least one strict violation of a real recording.
        foreach (var group in KnownSpecDeviations.All.GroupBy(d => d.Reason))
        {
            strict.Should().Contain(v => group.Any(d => d.Matches(v)), group.Key);
        }
    }

    [Fact]
    public void Strict_validator_reports_the_error_event_shape_that_the_default_tolerates()
    {
        var error = Fixtures.ReadChunks($"{Fixtures.OpenAIResponsesRecordings}/openai-error.1.chunks.txt").Single(e => e.GetProperty("type").ValueEquals("error"));
        SchemaValidator.Strict.ValidateStreamEvent(error, ApiSpec.OpenAI).Select(v => v.Path).Should().BeEquivalentTo("$.code", "$.message", "$.param");
        Validator.ValidateStreamEvent(error, ApiSpec.OpenAI).Should().BeEmpty();
    }

    [Fact]
    public void Missing_required_field_is_rejected_with_its_path()
    {
        var broken = Mutate(Body("openai-web-search-tool.1"), r => r.Remove("id"));
        Validator.ValidateResponse(broken, ApiSpec.OpenAI).Should().ContainSingle()
            .Which.Should().Match<SchemaViolation>(v => v.Path == "$.id" && v.Kind == "PropertyRequired" && v.Schema == "Response" && v.Spec == ApiSpec.OpenAI);
    }

    [Fact]
    public void Missing_required_field_of_a_nested_item_is_rejected_with_its_path()
    {
        var body = Body("openai-web-search-tool.1");
        var messageIndex = body.GetProperty("output").EnumerateArray().ToList().FindIndex(i => i.GetProperty("type").ValueEquals("message"));
        var broken = Mutate(body, r => r["output"]![messageIndex]!["content"]![0]!.AsObject().Remove("annotations"));
        Validator.ValidateResponse(broken, ApiSpec.OpenAI).Should().ContainSingle()
            .Which.Path.Should().Be($"$.output[{messageIndex}].content[0].annotations");
    }

    [Fact]
    public void Wrong_type_is_rejected_with_its_path()
    {
        var broken = Mutate(Body("openai-web-search-tool.1"), r => r["created_at"] = "yesterday");
        Validator.ValidateResponse(broken, ApiSpec.OpenAI).Should().ContainSingle()
            .Which.Should().Match<SchemaViolation>(v => v.Path == "$.created_at" && v.Kind == "NumberExpected" && v.Message.Contains("yesterday"));
    }

    [Fact]
    public void Wrong_enum_value_is_rejected_with_its_path()
    {
        var broken = Mutate(Body("openai-web-search-tool.1"), r => r["status"] = "almost_done");
        Validator.ValidateResponse(broken, ApiSpec.OpenAI).Should().ContainSingle()
            .Which.Should().Match<SchemaViolation>(v => v.Path == "$.status" && v.Kind == "NotInEnumeration" && v.Message.Contains("almost_done") && v.Message.Contains("\"completed\""));
    }

    [Fact]
    public void Broken_stream_events_are_rejected_with_their_paths()
    {
        var delta = Fixtures.ParseElement("""{"type":"response.output_text.delta","sequence_number":4,"item_id":"msg_1","output_index":0,"content_index":0,"delta":42,"logprobs":[]}""");
        Validator.ValidateStreamEvent(delta).Should().HaveCount(2).And.OnlyContain(v => v.Path == "$.delta" && v.Kind == "StringExpected")
            .And.Contain(v => v.Spec == ApiSpec.OpenAI && v.Schema == "ResponseTextDeltaEvent")
            .And.Contain(v => v.Spec == ApiSpec.OpenResponses && v.Schema == "ResponseOutputTextDeltaStreamingEvent");

        var added = Fixtures.ParseElement("""{"type":"response.output_item.added","sequence_number":2,"output_index":0,"item":{"id":"msg_1","type":"message","status":"sideways","role":"assistant","content":[]}}""");
        Validator.ValidateStreamEvent(added, ApiSpec.OpenAI).Should().ContainSingle()
            .Which.Should().Match<SchemaViolation>(v => v.Path == "$.item.status" && v.Kind == "NotInEnumeration");

        var unknown = Fixtures.ParseElement("""{"type":"response.teleport.delta","sequence_number":1}""");
        Validator.ValidateStreamEvent(unknown).Should().ContainSingle()
            .Which.Should().Match<SchemaViolation>(v => v.Kind == SchemaValidator.UnknownEventTypeKind && v.Message.Contains("response.teleport.delta"));

        var noType = Fixtures.ParseElement("""{"sequence_number":1}""");
        Validator.ValidateStreamEvent(noType).Should().NotBeEmpty();
    }

    [Fact]
    public void Valid_events_are_also_checked_against_the_Open_Responses_event_schema()
    {
        var delta = Fixtures.ParseElement("""{"type":"response.output_text.delta","sequence_number":4,"item_id":"msg_1","output_index":0,"content_index":0,"delta":"Hi","logprobs":[]}""");
        SchemaValidator.EventSchemaName(ApiSpec.OpenResponses, "response.output_text.delta").Should().Be("ResponseOutputTextDeltaStreamingEvent");
        SchemaValidator.EventSchemaName(ApiSpec.OpenAI, "response.output_text.delta").Should().Be("ResponseTextDeltaEvent");
        Validator.ValidateStreamEvent(delta).Should().BeEmpty();

        var withoutLogprobs = Fixtures.ParseElement("""{"type":"response.output_text.delta","sequence_number":4,"item_id":"msg_1","output_index":0,"content_index":0,"delta":"Hi"}""");
        Validator.ValidateStreamEvent(withoutLogprobs).Select(v => v.Spec).Should().Contain(ApiSpec.OpenAI);
    }

    [Fact]
    public void Recorded_OpenAI_bodies_are_not_Open_Responses_conformant_for_the_documented_reasons()
    {
        // Open Responses requires fields OpenAI omits and has a closed set of item and tool types.
        var violations = Validator.ValidateResponse(Body("openai-web-search-tool.1"), ApiSpec.OpenResponses);
        violations.Should().OnlyContain(v => v.Spec == ApiSpec.OpenResponses && v.Schema == "ResponseResource");
        violations.Select(v => v.Path).Should().Contain(["$.presence_penalty", "$.frequency_penalty"]);
        violations.Should().Contain(v => v.Path.StartsWith("$.output[", StringComparison.Ordinal) && v.Kind == "NotAnyOf");
    }

    [Fact]
    public void A_complete_minimal_response_validates_against_both_specs()
    {
        var response = Fixtures.ParseElement("""
        {"id":"resp_1","object":"response","created_at":1741290958,"completed_at":1741290959,"status":"completed","background":false,
         "error":null,"incomplete_details":null,"instructions":null,"max_output_tokens":null,"max_tool_calls":null,"model":"gpt-5",
         "output":[{"id":"msg_1","type":"message","status":"completed","role":"assistant",
                    "content":[{"type":"output_text","text":"Hi","annotations":[],"logprobs":[]}]}],
         "parallel_tool_calls":true,"previous_response_id":null,"prompt_cache_key":null,"safety_identifier":null,
         "reasoning":{"effort":null,"summary":null},"service_tier":"default","store":true,"temperature":1.0,
         "text":{"format":{"type":"text"}},"tool_choice":"auto","tools":[],"top_logprobs":0,"top_p":1.0,"truncation":"disabled",
         "presence_penalty":0,"frequency_penalty":0,
         "usage":{"input_tokens":1,"input_tokens_details":{"cached_tokens":0,"cache_write_tokens":0},"output_tokens":1,
                  "output_tokens_details":{"reasoning_tokens":0},"total_tokens":2},
         "user":null,"metadata":{}}
        """);
        var violations = SchemaValidator.Strict.ValidateResponse(response);
        violations.Where(v => v.Spec == ApiSpec.OpenResponses).Should().BeEmpty(Describe(violations));
        violations.Should().OnlyContain(v => v.Path == "$.user", "OpenAI types user as a non-nullable string; the default validator tolerates null");
        Validator.AssertValidResponse(response);
    }

    [Fact]
    public void Requests_validate_against_CreateResponse_of_both_specs()
    {
        var request = Fixtures.ParseElement("""{"model":"gpt-5","input":[{"type":"message","role":"user","content":"Hi"}],"stream":true,"temperature":0.2}""");
        Validator.AssertValidRequest(request);

        var broken = Fixtures.ParseElement("""{"model":"gpt-5","input":42,"temperature":"hot"}""");
        var violations = Validator.ValidateRequest(broken);
        violations.Should().Contain(v => v.Spec == ApiSpec.OpenAI && v.Schema == "CreateResponse" && v.Path == "$.temperature");
        violations.Should().Contain(v => v.Spec == ApiSpec.OpenResponses && v.Schema == "CreateResponseBody" && v.Path == "$.temperature");
        violations.Should().Contain(v => v.Path == "$.input");
    }

    [Fact]
    public void AssertValid_throws_with_every_violation()
    {
        var broken = Mutate(Body("openai-web-search-tool.1"), r =>
        {
            r.Remove("id");
            r["status"] = "nope";
        });
        var act = () => Validator.AssertValidResponse(broken, ApiSpec.OpenAI);
        act.Should().Throw<SchemaValidationException>().Which.Violations.Should().HaveCount(2);
        act.Should().Throw<SchemaValidationException>().WithMessage("*$.id*PropertyRequired*").WithMessage("*$.status*NotInEnumeration*");
    }

    [Fact]
    public void Generic_validate_names_the_schema_and_rejects_unknown_names()
    {
        Validator.Validate(ApiSpec.OpenAI, "ResponseUsage", Fixtures.ParseElement("""{"input_tokens":1}""")).Should().NotBeEmpty()
            .And.OnlyContain(v => v.Schema == "ResponseUsage");
        SchemaValidator.HasSchema(ApiSpec.OpenResponses, "ResponseResource").Should().BeTrue();
        SchemaValidator.HasSchema(ApiSpec.OpenAI, "ResponseResource").Should().BeFalse();
        var act = () => Validator.Validate(ApiSpec.OpenAI, "NoSuchSchema", Fixtures.ParseElement("{}"));
        act.Should().Throw<ArgumentException>().WithMessage("*NoSuchSchema*");
    }

    [Fact]
    public void Validation_speed_is_measured_over_all_recorded_events()
    {
        SchemaValidator.Preload();
        var events = Fixtures.Enumerate(Fixtures.OpenAIResponsesRecordings + "/*.chunks.txt").SelectMany(Fixtures.ReadChunks).ToList();
        foreach (var e in events.Take(50))
        {
            Validator.ValidateStreamEvent(e);
        }

        foreach (var specs in new[] { ApiSpec.OpenAI, ApiSpec.All })
        {
            var watch = Stopwatch.StartNew();
            var violations = 0;
            foreach (var e in events)
            {
                violations += Validator.ValidateStreamEvent(e, specs).Count;
            }

            watch.Stop();
            output.WriteLine($"{specs}: validated {events.Count} events in {watch.ElapsedMilliseconds} ms = {events.Count / Math.Max(watch.Elapsed.TotalSeconds, 1e-6):F0} events/s ({violations} violations)");
        }

        events.Should().HaveCountGreaterThan(2000);
    }
}
