namespace Responses.Testing.Tests;

public class JsonDiffTests
{
    [Fact]
    public void Property_order_is_ignored()
    {
        JsonDiff.FindFirstDifference("""{"a":1,"b":{"x":[1,2],"y":null}}""", """{"b":{"y":null,"x":[1,2]},"a":1}""").Should().BeNull();
    }

    [Theory]
    [InlineData("1", "1.0")]
    [InlineData("1e2", "100")]
    [InlineData("0.1", "1E-1")]
    [InlineData("-0", "0")]
    public void Numbers_compare_by_value(string a, string b)
    {
        JsonDiff.AreEqual(Fixtures.ParseElement(a), Fixtures.ParseElement(b)).Should().BeTrue();
    }

    [Fact]
    public void Different_numbers_differ()
    {
        JsonDiff.FindFirstDifference("""{"n":1}""", """{"n":1.5}""")!.Should().Be(new JsonDifference("$.n", "1", "1.5", "number differs"));
    }

    [Fact]
    public void Null_differs_from_absent()
    {
        JsonDiff.FindFirstDifference("""{"a":1,"error":null}""", """{"a":1}""")
            .Should().Be(new JsonDifference("$.error", "null", JsonDifference.Absent, "property missing in actual"));
        JsonDiff.FindFirstDifference("""{"a":1}""", """{"a":1,"error":null}""")
            .Should().Be(new JsonDifference("$.error", JsonDifference.Absent, "null", "unexpected property in actual"));
    }

    [Fact]
    public void Reports_the_first_differing_nested_path_with_both_values()
    {
        var d = JsonDiff.FindFirstDifference(
            """{"output":[{"content":[{"text":"a"},{"text":"b"}]}]}""",
            """{"output":[{"content":[{"text":"a"},{"text":"c"}]}]}""")!;
        d.Path.Should().Be("$.output[0].content[1].text");
        d.Expected.Should().Be("\"b\"");
        d.Actual.Should().Be("\"c\"");
    }

    [Fact]
    public void Kind_and_array_length_differences_are_reported()
    {
        JsonDiff.FindFirstDifference("""{"a":"1"}""", """{"a":1}""")!.Reason.Should().Contain("kind differs");
        JsonDiff.FindFirstDifference("""[1,2,3]""", """[1,2]""")!.Should().Be(new JsonDifference("$[2]", "3", JsonDifference.Absent, "array length differs (3 vs 2)"));
        JsonDiff.FindFirstDifference("""[true]""", """[false]""")!.Path.Should().Be("$[0]");
    }

    [Fact]
    public void Odd_property_names_are_quoted_in_the_path()
    {
        JsonDiff.FindFirstDifference("""{"a b":{"it's":1}}""", """{"a b":{"it's":2}}""")!.Path.Should().Be("$['a b']['it\\'s']");
    }

    [Fact]
    public void JsonAssert_throws_with_path_and_both_values()
    {
        var act = () => JsonAssert.Equal("""{"id":"resp_1","status":"completed"}""", """{"status":"failed","id":"resp_1"}""", "final response");
        act.Should().Throw<JsonAssertException>()
            .WithMessage("*final response*$.status*expected: \"completed\"*actual:   \"failed\"*")
            .Which.Difference!.Path.Should().Be("$.status");

        var ok = () => JsonAssert.Equal("""{"a":[1,{"b":2.0}]}""", """{"a":[1.0,{"b":2}]}""");
        ok.Should().NotThrow();

        var notEqual = () => JsonAssert.NotEqual(Fixtures.ParseElement("{\"a\":1}"), Fixtures.ParseElement("{\"a\":1.0}"));
        notEqual.Should().Throw<JsonAssertException>();
    }
}
