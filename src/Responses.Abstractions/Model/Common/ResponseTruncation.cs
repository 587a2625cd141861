using System.Text.Json.Serialization;

namespace Responses;

/// <summary>The truncation strategy of a response: <c>auto</c>, <c>disabled</c> or another value.</summary>
[JsonConverter(typeof(WireEnumConverter<ResponseTruncation>))]
public readonly record struct ResponseTruncation(string Value) : IWireEnum<ResponseTruncation>
{
    /// <summary><c>auto</c>: drop items from the start of the conversation when the context window is exceeded.</summary>
    public static ResponseTruncation Auto { get; } = new("auto");

    /// <summary><c>disabled</c>: fail with a 400 error when the input exceeds the context window (the default).</summary>
    public static ResponseTruncation Disabled { get; } = new("disabled");

    /// <inheritdoc />
    public static ResponseTruncation Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
