using System.Text.Json.Serialization;

namespace Responses;

/// <summary>How verbose the model's answer is: <c>low</c>, <c>medium</c>, <c>high</c> or another value.</summary>
[JsonConverter(typeof(WireEnumConverter<TextVerbosity>))]
public readonly record struct TextVerbosity(string Value) : IWireEnum<TextVerbosity>
{
    /// <summary><c>low</c>: more concise answers.</summary>
    public static TextVerbosity Low { get; } = new("low");

    /// <summary><c>medium</c>: the model's default verbosity.</summary>
    public static TextVerbosity Medium { get; } = new("medium");

    /// <summary><c>high</c>: more verbose answers.</summary>
    public static TextVerbosity High { get; } = new("high");

    /// <inheritdoc />
    public static TextVerbosity Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
