using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses;

/// <summary>Reads and writes <see cref="ToolChoice"/> as a mode string or a tool choice object.</summary>
public sealed class ToolChoiceConverter : JsonConverter<ToolChoice>
{
    /// <inheritdoc />
    public override ToolChoice? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new ToolChoice(reader.GetString()!),
        JsonTokenType.StartObject => new ToolChoice(JsonSerializer.Deserialize(ref reader, ResponsesJson.GetTypeInfo<ToolChoiceObject>(options))!),
        _ => throw new JsonException("'tool_choice' must be a string or an object."),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ToolChoice value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Mode is not null)
        {
            writer.WriteStringValue(value.Mode);
        }
        else
        {
            JsonSerializer.Serialize(writer, value.Tool!, ResponsesJson.GetTypeInfo<ToolChoiceObject>(options));
        }
    }
}
