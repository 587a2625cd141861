using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses;

/// <summary>Reads and writes <see cref="ResponseInput"/> as a string or an array of items.</summary>
public sealed class ResponseInputConverter : JsonConverter<ResponseInput>
{
    /// <inheritdoc />
    public override ResponseInput? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new ResponseInput(reader.GetString()!),
        JsonTokenType.StartArray => new ResponseInput(JsonSerializer.Deserialize(ref reader, ResponsesJson.GetTypeInfo<List<ResponseItem>>(options))!),
        _ => throw new JsonException("'input' must be a string or an array of items."),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ResponseInput value, JsonSerializerOptions options)
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
