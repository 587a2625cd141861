using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// Reads and writes a union of a JSON string and a JSON object or array (message <c>content</c>, request
/// <c>input</c>, <c>tool_choice</c>, <c>conversation</c>…), writing back the form it read.
/// </summary>
/// <typeparam name="TUnion">The union type.</typeparam>
/// <typeparam name="TValue">The type of the non-string form.</typeparam>
public abstract class WireStringOrValueConverter<TUnion, TValue> : JsonConverter<TUnion>
    where TUnion : class
    where TValue : class
{
    private readonly string _description;

    /// <summary>Initializes the converter.</summary>
    /// <param name="description">How error messages name the value, for example <c>'tool_choice'</c>.</param>
    protected WireStringOrValueConverter(string description) => _description = description;

    /// <summary>Creates the union from its string form.</summary>
    /// <param name="value">The string.</param>
    /// <returns>The union.</returns>
    protected abstract TUnion FromString(string value);

    /// <summary>Creates the union from its object or array form.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The union.</returns>
    protected abstract TUnion FromValue(TValue value);

    /// <summary>The string form of the union, or <see langword="null"/> when it holds the other form.</summary>
    /// <param name="union">The union.</param>
    /// <returns>The string or <see langword="null"/>.</returns>
    protected abstract string? StringOf(TUnion union);

    /// <summary>The object or array form of the union.</summary>
    /// <param name="union">The union.</param>
    /// <returns>The value.</returns>
    protected abstract TValue? ValueOf(TUnion union);

    /// <inheritdoc />
    public override TUnion? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => FromString(reader.GetString()!),
        JsonTokenType.StartObject or JsonTokenType.StartArray =>
            JsonSerializer.Deserialize(ref reader, ResponsesJson.GetTypeInfo<TValue>(options)) is { } value
                ? FromValue(value)
                : throw new JsonException($"{_description} must not be null."),
        _ => throw new JsonException($"{_description} must be a string or a JSON {(typeof(System.Collections.IEnumerable).IsAssignableFrom(typeof(TValue)) ? "array" : "object")}."),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TUnion value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (StringOf(value) is { } text)
        {
            writer.WriteStringValue(text);
        }
        else
        {
            JsonSerializer.Serialize(writer, ValueOf(value)!, ResponsesJson.GetTypeInfo<TValue>(options));
        }
    }
}
