using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses;

/// <summary>Reads and writes <see cref="McpAllowedTools"/> as an array of names or a filter object.</summary>
public sealed class McpAllowedToolsConverter : JsonConverter<McpAllowedTools>
{
    /// <inheritdoc />
    public override McpAllowedTools? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.StartArray => new McpAllowedTools(JsonSerializer.Deserialize(ref reader, ResponsesJson.GetTypeInfo<List<string>>(options))!),
        JsonTokenType.StartObject => new McpAllowedTools(JsonSerializer.Deserialize(ref reader, ResponsesJson.GetTypeInfo<McpToolFilter>(options))!),
        _ => throw new JsonException("'allowed_tools' must be an array of tool names or a filter object."),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, McpAllowedTools value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.ToolNames is not null)
        {
            JsonSerializer.Serialize(writer, value.ToolNames, ResponsesJson.GetTypeInfo<IList<string>>(options));
        }
        else
        {
            JsonSerializer.Serialize(writer, value.Filter!, ResponsesJson.GetTypeInfo<McpToolFilter>(options));
        }
    }
}
