using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses;

/// <summary>Reads and writes <see cref="McpRequireApproval"/> as a string or a filter object.</summary>
public sealed class McpRequireApprovalConverter : JsonConverter<McpRequireApproval>
{
    /// <inheritdoc />
    public override McpRequireApproval? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new McpRequireApproval(reader.GetString()!),
        JsonTokenType.StartObject => new McpRequireApproval(JsonSerializer.Deserialize(ref reader, ResponsesJson.GetTypeInfo<McpApprovalFilter>(options))!),
        _ => throw new JsonException("'require_approval' must be a string or a filter object."),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, McpRequireApproval value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Mode is not null)
        {
            writer.WriteStringValue(value.Mode);
        }
        else
        {
            JsonSerializer.Serialize(writer, value.Filter!, ResponsesJson.GetTypeInfo<McpApprovalFilter>(options));
        }
    }
}
