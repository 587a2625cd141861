using System.Text.Json;

namespace Responses.Providers.Gemini.Wire;

/// <summary>A piece of streamed function arguments: the value at <see cref="JsonPath"/> (strings may continue in later pieces).</summary>
internal sealed class GeminiPartialArg
{
    public string? JsonPath { get; set; }

    public string? StringValue { get; set; }

    public double? NumberValue { get; set; }

    public bool? BoolValue { get; set; }

    public JsonElement? NullValue { get; set; }

    public bool? WillContinue { get; set; }
}
