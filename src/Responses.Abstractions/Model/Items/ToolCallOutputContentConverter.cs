using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses;

/// <summary>Reads and writes <see cref="ToolCallOutputContent"/> as a string or an array of parts.</summary>
public sealed class ToolCallOutputContentConverter : JsonConverter<ToolCallOutputContent>
{
    /// <inheritdoc />
    public override ToolCallOutputContent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new ToolCallOutputContent(reader.GetString()!),
        JsonTokenType.StartArray => new ToolCallOutputContent(JsonSerializer.Deserialize(ref reader, ResponsesJson.GetTypeInfo<List<ContentPart>>(options))!),
        _ => throw new JsonException("A tool call output must be a string or an array of content parts."),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ToolCallOutputContent value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Text is not null)
        {
            writer.WriteStringValue(value.Text);
        }
        else
        {
            JsonSerializer.Serialize(writer, value.Parts!, ResponsesJson.GetTypeInfo<IList<ContentPart>>(options));
        }
    }
}
