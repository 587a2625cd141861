using System.Text.Json.Serialization;

namespace Responses;

/// <summary>The processing tier of a request: <c>auto</c>, <c>default</c>, <c>flex</c>, <c>scale</c>, <c>priority</c>, <c>fast</c>, <c>ultrafast</c> or another value.</summary>
[JsonConverter(typeof(WireEnumConverter<ServiceTier>))]
public readonly record struct ServiceTier(string Value) : IWireEnum<ServiceTier>
{
    /// <summary><c>auto</c>: the project setting (the default).</summary>
    public static ServiceTier Auto { get; } = new("auto");

    /// <summary><c>default</c>: standard pricing and performance.</summary>
    public static ServiceTier Default { get; } = new("default");

    /// <summary><c>flex</c>: the flex processing tier.</summary>
    public static ServiceTier Flex { get; } = new("flex");

    /// <summary><c>scale</c>: the scale tier.</summary>
    public static ServiceTier Scale { get; } = new("scale");

    /// <summary><c>priority</c>: the priority processing tier.</summary>
    public static ServiceTier Priority { get; } = new("priority");

    /// <summary><c>fast</c>: the fast tier.</summary>
    public static ServiceTier Fast { get; } = new("fast");

    /// <summary><c>ultrafast</c>: the ultrafast tier.</summary>
    public static ServiceTier UltraFast { get; } = new("ultrafast");

    /// <inheritdoc />
    public static ServiceTier Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
