using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses;

/// <summary>Reads and writes <see cref="PromptVariable"/> as a string or a content part.</summary>
public sealed class PromptVariableConverter : JsonConverter<PromptVariable>
{
    /// <inheritdoc />
    public override PromptVariable? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new PromptVariable(reader.GetString()!),
        JsonTokenType.StartObject => new PromptVariable(JsonSerializer.Deserialize(ref reader, ResponsesJson.GetTypeInfo<ContentPart>(options))!),
        _ => throw new JsonException("A prompt variable must be a string or a content part."),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PromptVariable value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Text is not null)
        {
            writer.WriteStringValue(value.Text);
        }
        else
        {
            JsonSerializer.Serialize(writer, value.Part!, ResponsesJson.GetTypeInfo<ContentPart>(options));
        }
    }
}
