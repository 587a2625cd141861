using System.Text.Json.Serialization;

namespace Responses;

/// <summary>The format of input audio data: <c>mp3</c>, <c>wav</c> or another value.</summary>
[JsonConverter(typeof(WireEnumConverter<InputAudioFormat>))]
public readonly record struct InputAudioFormat(string Value) : IWireEnum<InputAudioFormat>
{
    /// <summary><c>mp3</c>.</summary>
    public static InputAudioFormat Mp3 { get; } = new("mp3");

    /// <summary><c>wav</c>.</summary>
    public static InputAudioFormat Wav { get; } = new("wav");

    /// <inheritdoc />
    public static InputAudioFormat Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
