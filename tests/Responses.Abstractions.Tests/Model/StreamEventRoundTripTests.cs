using System.Text.Json;
using Responses.Testing;

namespace Responses.Abstractions.Tests.Model;

/// <summary>Every recorded OpenAI Responses stream event parses to its class and serializes back JSON-equal.</summary>
public class StreamEventRoundTripTests
{
    // Recorded server events the 2.3.0 spec does not define (see docs/conformance-kit.md); kept as unknown events.
    private static readonly HashSet<string> EventTypesOutsideTheSpec = new(StringComparer.Ordinal)
    {
        "response.apply_patch_call_operation_diff.delta",
        "response.apply_patch_call_operation_diff.done",
    };

    public static TheoryData<string> RecordedStreams()
    {
        var data = new TheoryData<string>();
        foreach (string path in Fixtures.Enumerate("wire/vercel-ai-fixtures/packages/openai/src/responses/__fixtures__/*.chunks.txt"))
        {
            data.Add(Fixtures.RelativePath(path));
        }

        data.Add("wire/openai-responses/example-streaming.sse");
        return data;
    }

    [Theory]
    [MemberData(nameof(RecordedStreams))]
    public void Every_event_round_trips_as_a_known_event(string fixture)
    {
        IReadOnlyList<JsonElement> events = Fixtures.ReadEvents(fixture);
        events.Should().NotBeEmpty();
        foreach (JsonElement recorded in events)
        {
            ResponseStreamEvent parsed = ResponsesJson.Deserialize<ResponseStreamEvent>(recorded)!;
            string type = recorded.GetProperty("type").GetString()!;
            if (EventTypesOutsideTheSpec.Contains(type))
            {
                parsed.Should().BeOfType<UnknownResponseStreamEvent>();
            }
            else
            {
                parsed.Should().NotBeOfType<UnknownResponseStreamEvent>($"{type} is a spec event");
            }

            parsed.Type.Should().Be(type);
            JsonAssert.Equal(recorded, ResponsesJson.SerializeToElement(parsed), $"{fixture}: {type}");
        }
    }

    [Fact]
    public void Every_spec_event_type_has_a_class()
    {
        var converter = new ResponseStreamEventConverter();
        JsonElement spec = Fixtures.ReadJson("spec/openai-openapi.json");
        JsonElement schemas = spec.GetProperty("components").GetProperty("schemas");
        var missing = new List<string>();
        foreach (JsonElement reference in schemas.GetProperty("ResponseStreamEvent").GetProperty("anyOf").EnumerateArray())
        {
            string name = reference.GetProperty("$ref").GetString()!.Split('/')[^1];
            foreach (JsonElement value in schemas.GetProperty(name).GetProperty("properties").GetProperty("type").GetProperty("enum").EnumerateArray())
            {
                if (!converter.KnownTypes.ContainsKey(value.GetString()!))
                {
                    missing.Add(value.GetString()!);
                }
            }
        }

        missing.Should().BeEmpty();
        converter.KnownTypes.Should().HaveCountGreaterThanOrEqualTo(58);
    }

    [Fact]
    public void An_unknown_event_survives_with_every_property()
    {
        const string json = """{"type":"response.future_thing.delta","sequence_number":7,"item_id":"x","payload":{"a":[1,null,"b"]},"flag":null}""";
        ResponseStreamEvent parsed = ResponsesJson.Deserialize<ResponseStreamEvent>(json)!;
        parsed.Should().BeOfType<UnknownResponseStreamEvent>().Which.SequenceNumber.Should().Be(7);
        JsonAssert.Equal(Fixtures.ParseElement(json), ResponsesJson.SerializeToElement(parsed));
    }
}
