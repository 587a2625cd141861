using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses;

/// <summary>Reads and writes <see cref="McpCallError"/> as a string or an error object.</summary>
public sealed class McpCallErrorConverter : JsonConverter<McpCallError>
{
    /// <inheritdoc />
    public override McpCallError? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new McpCallError(reader.GetString()!),
        JsonTokenType.StartObject => new McpCallError(JsonSerializer.Deserialize(ref reader, ResponsesJson.GetTypeInfo<McpToolCallError>(options))!),
        _ => throw new JsonException("An MCP call error must be a string or an object."),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, McpCallError value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Message is not null)
        {
            writer.WriteStringValue(value.Message);
        }
        else
        {
            JsonSerializer.Serialize(writer, value.Error!, ResponsesJson.GetTypeInfo<McpToolCallError>(options));
        }
    }
}
