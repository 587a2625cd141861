using System.Text.Json.Serialization;

namespace Responses;

/// <summary>The status of an item: <c>in_progress</c>, <c>completed</c>, <c>incomplete</c>, a tool-specific value (<c>failed</c>, <c>searching</c>…) or another value.</summary>
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

    /// <summary><c>searching</c> (web and file search calls).</summary>
    public static ItemStatus Searching { get; } = new("searching");

    /// <summary><c>interpreting</c> (code interpreter calls).</summary>
    public static ItemStatus Interpreting { get; } = new("interpreting");

    /// <summary><c>generating</c> (image generation calls).</summary>
    public static ItemStatus Generating { get; } = new("generating");

    /// <summary><c>calling</c> (MCP calls).</summary>
    public static ItemStatus Calling { get; } = new("calling");

    /// <inheritdoc />
    public static ItemStatus Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
