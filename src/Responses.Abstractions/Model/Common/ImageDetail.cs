using System.Text.Json.Serialization;

namespace Responses;

/// <summary>The detail level of an image sent to the model: <c>low</c>, <c>high</c>, <c>auto</c>, <c>original</c> or another value.</summary>
[JsonConverter(typeof(WireEnumConverter<ImageDetail>))]
public readonly record struct ImageDetail(string Value) : IWireEnum<ImageDetail>
{
    /// <summary><c>low</c>.</summary>
    public static ImageDetail Low { get; } = new("low");

    /// <summary><c>high</c>.</summary>
    public static ImageDetail High { get; } = new("high");

    /// <summary><c>auto</c>.</summary>
    public static ImageDetail Auto { get; } = new("auto");

    /// <summary><c>original</c>.</summary>
    public static ImageDetail Original { get; } = new("original");

    /// <inheritdoc />
    public static ImageDetail Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
