namespace Responses;

/// <summary>The <c>"type"</c> values of <see cref="ResponseTextFormat"/>.</summary>
public static class ResponseTextFormatTypes
{
    /// <summary><c>text</c>: plain text.</summary>
    public const string Text = "text";

    /// <summary><c>json_schema</c>: JSON matching a schema (Structured Outputs).</summary>
    public const string JsonSchema = "json_schema";

    /// <summary><c>json_object</c>: a JSON object (JSON mode).</summary>
    public const string JsonObject = "json_object";
}
