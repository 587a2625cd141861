using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Responses;

/// <summary>
/// The JSON settings of the wire model: source-generated metadata, snake_case names, and exact
/// round-trips (unknown properties kept, explicit nulls kept, absent properties left absent).
/// </summary>
public static class ResponsesJson
{
    /// <summary>The serializer options for every type of the wire model (read-only).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The metadata for <typeparamref name="T"/> under <see cref="Options"/>.</summary>
    /// <typeparam name="T">A wire model type.</typeparam>
    /// <returns>The type's metadata.</returns>
    public static JsonTypeInfo<T> GetTypeInfo<T>() => TypeInfoCache<T>.Value;

    /// <summary>The metadata for <typeparamref name="T"/> under the given options.</summary>
    /// <typeparam name="T">A wire model type.</typeparam>
    /// <param name="options">Options whose resolver knows the wire model.</param>
    /// <returns>The type's metadata.</returns>
    public static JsonTypeInfo<T> GetTypeInfo<T>(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ReferenceEquals(options, Options) ? TypeInfoCache<T>.Value : (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }

    /// <summary>Serializes a wire object to a JSON string.</summary>
    /// <typeparam name="T">The wire type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfoCache<T>.Value);

    /// <summary>Serializes a wire object to UTF-8 JSON.</summary>
    /// <typeparam name="T">The wire type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The UTF-8 JSON bytes.</returns>
    public static byte[] SerializeToUtf8Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, TypeInfoCache<T>.Value);

    /// <summary>Serializes a wire object to a writer.</summary>
    /// <typeparam name="T">The wire type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Serialize<T>(Utf8JsonWriter writer, T value) => JsonSerializer.Serialize(writer, value, TypeInfoCache<T>.Value);

    /// <summary>Deserializes a wire object from JSON text.</summary>
    /// <typeparam name="T">The wire type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value.</returns>
    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize(json, TypeInfoCache<T>.Value);

    /// <summary>Deserializes a wire object from UTF-8 JSON.</summary>
    /// <typeparam name="T">The wire type.</typeparam>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <returns>The value.</returns>
    public static T? Deserialize<T>(ReadOnlySpan<byte> utf8Json) => JsonSerializer.Deserialize(utf8Json, TypeInfoCache<T>.Value);

    /// <summary>Deserializes a wire object from a parsed JSON element.</summary>
    /// <typeparam name="T">The wire type.</typeparam>
    /// <param name="element">The element.</param>
    /// <returns>The value.</returns>
    public static T? Deserialize<T>(JsonElement element) => element.Deserialize(TypeInfoCache<T>.Value);

    /// <summary>Deserializes a wire object from a UTF-8 JSON stream.</summary>
    /// <typeparam name="T">The wire type.</typeparam>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The value.</returns>
    public static ValueTask<T?> DeserializeAsync<T>(Stream utf8Json, CancellationToken cancellationToken = default) =>
        JsonSerializer.DeserializeAsync(utf8Json, TypeInfoCache<T>.Value, cancellationToken);

    /// <summary>Converts a wire object to a <see cref="JsonElement"/>.</summary>
    /// <typeparam name="T">The wire type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The element.</returns>
    public static JsonElement SerializeToElement<T>(T value) => JsonSerializer.SerializeToElement(value, TypeInfoCache<T>.Value);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(ResponsesJsonContext.Default.Options)
        {
            TypeInfoResolver = ResponsesJsonContext.Default.WithAddedModifier(WirePresenceModifier.Apply),
            // Bodies are JSON, never HTML: keep non-ASCII text and '<', '>' , '&' as they are, like OpenAI does.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }

    private static class TypeInfoCache<T>
    {
        public static readonly JsonTypeInfo<T> Value = (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
    }
}
