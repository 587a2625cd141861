using System.Text.Json;
using Responses.Providers.Gemini;
using Responses.Providers.Gemini.Wire;

namespace Responses.Providers.Tests.Gemini;

/// <summary>Streamed function arguments (Vertex <c>partialArgs</c>) assembled by JSON path.</summary>
public class GeminiPartialCallTests
{
    [Fact]
    public void Pieces_build_nested_objects_arrays_and_continued_strings()
    {
        var call = new GeminiPartialCall("f", null, null);
        call.Apply(
        [
            new GeminiPartialArg { JsonPath = "$.city", StringValue = "San ", WillContinue = true },
            new GeminiPartialArg { JsonPath = "$.city", StringValue = "Francisco" },
            new GeminiPartialArg { JsonPath = "$.options.days", NumberValue = 3 },
            new GeminiPartialArg { JsonPath = "$.tags[1]", StringValue = "b" },
            new GeminiPartialArg { JsonPath = "$.tags[0]", StringValue = "a" },
            new GeminiPartialArg { JsonPath = "$.metric", BoolValue = true },
            new GeminiPartialArg { JsonPath = "$['odd key']", StringValue = "x" },
        ]);

        JsonSerializer.Serialize(call.Arguments).Should().Be("""{"city":"San Francisco","options":{"days":3},"tags":["a","b"],"metric":true,"odd key":"x"}""");
    }
}
