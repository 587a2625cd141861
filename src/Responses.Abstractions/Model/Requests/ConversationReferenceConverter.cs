using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses;

/// <summary>Reads and writes <see cref="ConversationReference"/> as a string or an object.</summary>
public sealed class ConversationReferenceConverter : JsonConverter<ConversationReference>
{
    /// <inheritdoc />
    public override ConversationReference? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new ConversationReference(reader.GetString()!),
        JsonTokenType.StartObject => new ConversationReference(JsonSerializer.Deserialize(ref reader, ResponsesJson.GetTypeInfo<ResponseConversation>(options))!),
        _ => throw new JsonException("'conversation' must be a string or an object."),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ConversationReference value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.ConversationId is not null)
        {
            writer.WriteStringValue(value.ConversationId);
        }
        else
        {
            JsonSerializer.Serialize(writer, value.Conversation!, ResponsesJson.GetTypeInfo<ResponseConversation>(options));
        }
    }
}
