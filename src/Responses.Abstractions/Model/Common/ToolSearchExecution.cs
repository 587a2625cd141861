using System.Text.Json.Serialization;

namespace Responses;

/// <summary>Whether tool search was executed by the <c>server</c> or by the <c>client</c> (or another value).</summary>
[JsonConverter(typeof(WireEnumConverter<ToolSearchExecution>))]
public readonly record struct ToolSearchExecution(string Value) : IWireEnum<ToolSearchExecution>
{
    /// <summary><c>server</c>.</summary>
    public static ToolSearchExecution Server { get; } = new("server");

    /// <summary><c>client</c>.</summary>
    public static ToolSearchExecution Client { get; } = new("client");

    /// <inheritdoc />
    public static ToolSearchExecution Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
