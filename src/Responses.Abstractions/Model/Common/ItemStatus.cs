using System.Text.Json.Serialization;

namespace Responses;

/// <summary>The status of an item: <c>in_progress</c>, <c>completed</c>, <c>incomplete</c> or another value.</summary>
[JsonConverter(typeof(WireEnumConverter<ItemStatus>))]
public readonly record struct ItemStatus(string Value) : IWireEnum<ItemStatus>
{
    /// <summary><c>in_progress</c>.</summary>
    public static ItemStatus InProgress { get; } = new("in_progress");

    /// <summary><c>completed</c>.</summary>
    public static ItemStatus Completed { get; } = new("completed");

    /// <summary><c>incomplete</c>.</summary>
    public static ItemStatus Incomplete { get; } = new("incomplete");

    /// <summary><c>failed</c> (tool calls).</summary>
    public static ItemStatus Failed { get; } = new("failed");

    /// <inheritdoc />
    public static ItemStatus Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
