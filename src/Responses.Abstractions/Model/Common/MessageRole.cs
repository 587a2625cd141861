using System.Text.Json.Serialization;

namespace Responses;

/// <summary>The role of a message: <c>user</c>, <c>assistant</c>, <c>system</c>, <c>developer</c> or another value.</summary>
[JsonConverter(typeof(WireEnumConverter<MessageRole>))]
public readonly record struct MessageRole(string Value) : IWireEnum<MessageRole>
{
    /// <summary><c>user</c>.</summary>
    public static MessageRole User { get; } = new("user");

    /// <summary><c>assistant</c>.</summary>
    public static MessageRole Assistant { get; } = new("assistant");

    /// <summary><c>system</c>.</summary>
    public static MessageRole System { get; } = new("system");

    /// <summary><c>developer</c>.</summary>
    public static MessageRole Developer { get; } = new("developer");

    /// <inheritdoc />
    public static MessageRole Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
