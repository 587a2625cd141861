namespace Responses;

/// <summary>JSON mode: the output is a JSON object (prefer <see cref="JsonSchemaResponseFormat"/>).</summary>
public sealed class JsonObjectResponseFormat : ResponseTextFormat
{
    /// <summary>Initializes the format (<c>json_object</c>).</summary>
    public JsonObjectResponseFormat()
        : base(ResponseTextFormatTypes.JsonObject)
    {
    }
}
