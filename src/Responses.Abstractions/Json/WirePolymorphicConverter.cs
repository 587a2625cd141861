using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// Reads and writes a family of wire objects discriminated by their <c>"type"</c> property (items,
/// content parts, tools, events…). Known discriminators map to their class; an unknown one is read
/// into the family's "unknown" class, which keeps every property, so it is written back unchanged.
/// </summary>
/// <typeparam name="TBase">The family's base type.</typeparam>
public abstract class WirePolymorphicConverter<TBase> : JsonConverter<TBase>
    where TBase : WireObject
{
    private readonly FrozenDictionary<string, Type> _types;
    private readonly FrozenDictionary<string, Type>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Initializes the converter with the family's discriminator map.</summary>
    /// <param name="types">Discriminator value → concrete type.</param>
    protected WirePolymorphicConverter(IEnumerable<KeyValuePair<string, Type>> types)
    {
        _types = types.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _types.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The type that carries objects with a discriminator this library does not know.</summary>
    protected abstract Type UnknownType { get; }

    /// <summary>The discriminator values this converter knows, with their types.</summary>
    public IReadOnlyDictionary<string, Type> KnownTypes => _types;

    /// <summary>Chooses a type for an object that has no <c>"type"</c> property at all.</summary>
    /// <param name="hasRole">Whether the object has a <c>"role"</c> property.</param>
    /// <returns>The type to read, or <see langword="null"/> for <see cref="UnknownType"/>.</returns>
    protected virtual Type? GetTypeWithoutDiscriminator(bool hasRole) => null;

    /// <inheritdoc />
    public override TBase? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {typeof(TBase).Name}.");
        }

        Type target = Peek(reader);
        return (TBase?)JsonSerializer.Deserialize(ref reader, options.GetTypeInfo(target));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TBase value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
    }

    // Scans a copy of the reader (the serializer has buffered the whole object) for "type".
    private Type Peek(Utf8JsonReader reader)
    {
        bool hasRole = false;
        int depth = reader.CurrentDepth;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                {
                    return UnknownType;
                }

                return Lookup(ref reader) ?? UnknownType;
            }

            hasRole |= reader.ValueTextEquals("role"u8);

            // TrySkip, not Skip: in DeserializeAsync the reader is not the final block even though the
            // serializer has buffered the whole object, and Skip throws on a non-final block.
            if (!reader.Read() || !reader.TrySkip())
            {
                break;
            }
        }

        return GetTypeWithoutDiscriminator(hasRole) ?? UnknownType;
    }

    private Type? Lookup(ref Utf8JsonReader reader)
    {
        int length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        if (length > 256)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[256];
        int written = reader.CopyString(buffer);
        return _lookup.TryGetValue(buffer[..written], out Type? type) ? type : null;
    }
}
