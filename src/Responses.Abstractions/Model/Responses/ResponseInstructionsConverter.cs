using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses;

/// <summary>Reads and writes <see cref="ResponseInstructions"/> as a string or an array of items.</summary>
public sealed class ResponseInstructionsConverter : JsonConverter<ResponseInstructions>
{
    /// <inheritdoc />
    public override ResponseInstructions? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new ResponseInstructions(reader.GetString()!),
        JsonTokenType.StartArray => new ResponseInstructions(JsonSerializer.Deserialize(ref reader, ResponsesJson.GetTypeInfo<List<ResponseItem>>(options))!),
        _ => throw new JsonException("'instructions' must be a string or an array of items."),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ResponseInstructions value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Text is not null)
        {
            writer.WriteStringValue(value.Text);
        }
        else
        {
            JsonSerializer.Serialize(writer, value.Items!, ResponsesJson.GetTypeInfo<IList<ResponseItem>>(options));
        }
    }
}
