using System.Text.Json.Serialization;

namespace Responses;

/// <summary>How much a reasoning model thinks: <c>none</c>, <c>minimal</c>, <c>low</c>, <c>medium</c>, <c>high</c>, <c>xhigh</c>, <c>max</c> or another value.</summary>
[JsonConverter(typeof(WireEnumConverter<ReasoningEffort>))]
public readonly record struct ReasoningEffort(string Value) : IWireEnum<ReasoningEffort>
{
    /// <summary><c>none</c>: no reasoning before the answer.</summary>
    public static ReasoningEffort None { get; } = new("none");

    /// <summary><c>minimal</c>: the lowest non-zero effort.</summary>
    public static ReasoningEffort Minimal { get; } = new("minimal");

    /// <summary><c>low</c>: a lower effort for faster responses.</summary>
    public static ReasoningEffort Low { get; } = new("low");

    /// <summary><c>medium</c>: a balanced effort (the default).</summary>
    public static ReasoningEffort Medium { get; } = new("medium");

    /// <summary><c>high</c>: a higher effort for better answers.</summary>
    public static ReasoningEffort High { get; } = new("high");

    /// <summary><c>xhigh</c>: a very high effort.</summary>
    public static ReasoningEffort XHigh { get; } = new("xhigh");

    /// <summary><c>max</c>: the maximum effort.</summary>
    public static ReasoningEffort Max { get; } = new("max");

    /// <inheritdoc />
    public static ReasoningEffort Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
