using System.Text.Json.Serialization;

namespace Responses;

/// <summary>The status of a response: <c>completed</c>, <c>failed</c>, <c>in_progress</c>, <c>cancelled</c>, <c>queued</c>, <c>incomplete</c> or another value.</summary>
[JsonConverter(typeof(WireEnumConverter<ResponseStatus>))]
public readonly record struct ResponseStatus(string Value) : IWireEnum<ResponseStatus>
{
    /// <summary><c>completed</c>.</summary>
    public static ResponseStatus Completed { get; } = new("completed");

    /// <summary><c>failed</c>.</summary>
    public static ResponseStatus Failed { get; } = new("failed");

    /// <summary><c>in_progress</c>.</summary>
    public static ResponseStatus InProgress { get; } = new("in_progress");

    /// <summary><c>cancelled</c>.</summary>
    public static ResponseStatus Cancelled { get; } = new("cancelled");

    /// <summary><c>queued</c>.</summary>
    public static ResponseStatus Queued { get; } = new("queued");

    /// <summary><c>incomplete</c>.</summary>
    public static ResponseStatus Incomplete { get; } = new("incomplete");

    /// <summary>Whether the status is final (completed, failed, cancelled or incomplete).</summary>
    [JsonIgnore]
    public bool IsTerminal => this == Completed || this == Failed || this == Cancelled || this == Incomplete;

    /// <inheritdoc />
    public static ResponseStatus Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
