using System.Text.Json.Nodes;
using NJsonSchema;

namespace Responses.Testing.Tests;

public class OpenApiSchemaConverterTests
{
    private static JsonSchema Compile(string components)
    {
        var document = JsonNode.Parse("{\"components\":{\"schemas\":" + components + "}}")!.AsObject();
        return JsonSchema.FromJsonAsync(OpenApiSchemaConverter.ToDefinitionsDocument(document).ToJsonString()).GetAwaiter().GetResult();
    }

    private static int Errors(JsonSchema root, string name, string json) =>
        root.Definitions[name].Validate(json).Count;

    [Fact]
    public void Type_arrays_with_null_accept_null_and_the_type_only()
    {
        var root = Compile("""{"S":{"type":["string","null"]}}""");
        Errors(root, "S", "\"x\"").Should().Be(0);
        Errors(root, "S", "null").Should().Be(0);
        Errors(root, "S", "1").Should().BeGreaterThan(0);
    }

    [Fact]
    public void Nullable_true_and_anyOf_null_accept_null()
    {
        var root = Compile("""{"N":{"type":"string","enum":["a"],"nullable":true},"R":{"$ref":"#/components/schemas/O","nullable":true},"O":{"type":"object","required":["x"]},"A":{"anyOf":[{"$ref":"#/components/schemas/O"},{"type":"null"}]}}""");
        Errors(root, "N", "null").Should().Be(0);
        Errors(root, "N", "\"a\"").Should().Be(0);
        Errors(root, "N", "\"b\"").Should().BeGreaterThan(0);
        Errors(root, "R", "null").Should().Be(0);
        Errors(root, "R", "{}").Should().BeGreaterThan(0);
        Errors(root, "A", "null").Should().Be(0);
        Errors(root, "A", "{\"x\":1}").Should().Be(0);
    }

    [Fact]
    public void Const_becomes_a_single_value_enum()
    {
        var root = Compile("""{"C":{"type":"string","const":"server_vad"}}""");
        Errors(root, "C", "\"server_vad\"").Should().Be(0);
        Errors(root, "C", "\"semantic_vad\"").Should().BeGreaterThan(0);
    }

    [Fact]
    public void Discriminated_oneOf_is_checked_as_plain_anyOf()
    {
        // Both branches accept {"type":"a"}; oneOf would reject it, anyOf (what the discriminator means) accepts it.
        var root = Compile("""
        {"U":{"oneOf":[{"$ref":"#/components/schemas/A"},{"$ref":"#/components/schemas/Any"}],"discriminator":{"propertyName":"type"}},
         "A":{"type":"object","properties":{"type":{"type":"string","enum":["a"]}},"required":["type"]},
         "Any":{"type":"object"}}
        """);
        Errors(root, "U", "{\"type\":\"a\"}").Should().Be(0);
        Errors(root, "U", "1").Should().BeGreaterThan(0);
    }

    [Fact]
    public void Ref_with_sibling_constraints_applies_both()
    {
        var root = Compile("""{"R":{"$ref":"#/components/schemas/O","required":["y"],"description":"d"},"O":{"type":"object","required":["x"]}}""");
        Errors(root, "R", "{\"x\":1,\"y\":2}").Should().Be(0);
        Errors(root, "R", "{\"x\":1}").Should().BeGreaterThan(0);
        Errors(root, "R", "{\"y\":1}").Should().BeGreaterThan(0);
    }

    [Fact]
    public void Formats_and_annotations_do_not_assert_and_property_names_that_look_like_keywords_survive()
    {
        var root = Compile("""{"F":{"type":"object","properties":{"format":{"type":"string","format":"uri"},"description":{"type":"integer"}},"required":["format"],"x-oaiMeta":{"a":1}}}""");
        Errors(root, "F", "{\"format\":\"not a uri\"}").Should().Be(0);
        Errors(root, "F", "{\"format\":\"x\",\"description\":\"text\"}").Should().BeGreaterThan(0);
        Errors(root, "F", "{}").Should().BeGreaterThan(0);
    }
}
