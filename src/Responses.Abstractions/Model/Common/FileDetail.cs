using System.Text.Json.Serialization;

namespace Responses;

/// <summary>The detail level of a file sent to the model: <c>auto</c>, <c>low</c>, <c>high</c> or another value.</summary>
[JsonConverter(typeof(WireEnumConverter<FileDetail>))]
public readonly record struct FileDetail(string Value) : IWireEnum<FileDetail>
{
    /// <summary><c>auto</c>.</summary>
    public static FileDetail Auto { get; } = new("auto");

    /// <summary><c>low</c>.</summary>
    public static FileDetail Low { get; } = new("low");

    /// <summary><c>high</c>.</summary>
    public static FileDetail High { get; } = new("high");

    /// <inheritdoc />
    public static FileDetail Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
