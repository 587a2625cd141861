using System.Text.Json.Serialization;

namespace Responses;

/// <summary>The phase of an assistant message: <c>commentary</c> (intermediate) or <c>final_answer</c>, or another value.</summary>
[JsonConverter(typeof(WireEnumConverter<MessagePhase>))]
public readonly record struct MessagePhase(string Value) : IWireEnum<MessagePhase>
{
    /// <summary><c>commentary</c>: intermediate commentary.</summary>
    public static MessagePhase Commentary { get; } = new("commentary");

    /// <summary><c>final_answer</c>: the final answer.</summary>
    public static MessagePhase FinalAnswer { get; } = new("final_answer");

    /// <inheritdoc />
    public static MessagePhase Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
