using System.Text.Json.Serialization;

namespace Responses;

/// <summary>A mouse button of a computer click action: <c>left</c>, <c>right</c>, <c>wheel</c>, <c>back</c>, <c>forward</c> or another value.</summary>
[JsonConverter(typeof(WireEnumConverter<ComputerMouseButton>))]
public readonly record struct ComputerMouseButton(string Value) : IWireEnum<ComputerMouseButton>
{
    /// <summary><c>left</c>.</summary>
    public static ComputerMouseButton Left { get; } = new("left");

    /// <summary><c>right</c>.</summary>
    public static ComputerMouseButton Right { get; } = new("right");

    /// <summary><c>wheel</c>.</summary>
    public static ComputerMouseButton Wheel { get; } = new("wheel");

    /// <summary><c>back</c>.</summary>
    public static ComputerMouseButton Back { get; } = new("back");

    /// <summary><c>forward</c>.</summary>
    public static ComputerMouseButton Forward { get; } = new("forward");

    /// <inheritdoc />
    public static ComputerMouseButton Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
