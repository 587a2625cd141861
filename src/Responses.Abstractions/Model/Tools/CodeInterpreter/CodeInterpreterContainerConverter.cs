using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses;

/// <summary>Reads and writes <see cref="CodeInterpreterContainer"/> as a string or an object.</summary>
public sealed class CodeInterpreterContainerConverter : JsonConverter<CodeInterpreterContainer>
{
    /// <inheritdoc />
    public override CodeInterpreterContainer? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new CodeInterpreterContainer(reader.GetString()!),
        JsonTokenType.StartObject => new CodeInterpreterContainer(JsonSerializer.Deserialize(ref reader, ResponsesJson.GetTypeInfo<CodeInterpreterAutoContainer>(options))!),
        _ => throw new JsonException("'container' must be a container id or an object."),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CodeInterpreterContainer value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.ContainerId is not null)
        {
            writer.WriteStringValue(value.ContainerId);
        }
        else
        {
            JsonSerializer.Serialize(writer, value.Auto!, ResponsesJson.GetTypeInfo<CodeInterpreterAutoContainer>(options));
        }
    }
}
