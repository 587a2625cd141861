using System.Text.Json;

namespace Responses;

/// <summary>Structured Outputs: the output is JSON matching a schema.</summary>
public sealed class JsonSchemaResponseFormat : ResponseTextFormat
{
    /// <summary>Initializes the format (<c>json_schema</c>).</summary>
    public JsonSchemaResponseFormat()
        : base(ResponseTextFormatTypes.JsonSchema)
    {
    }

    /// <summary>The name of the format (letters, digits, underscores and dashes, at most 64 characters).</summary>
    public string? Name { get; set; }

    /// <summary>What the format is for; the model uses it to decide how to answer.</summary>
    public string? Description { get; set; }

    /// <summary>The JSON Schema of the output.</summary>
    public JsonElement? Schema { get; set; }

    /// <summary>Whether the output must strictly follow <see cref="Schema"/>.</summary>
    public bool? Strict { get; set; }
}
