namespace Responses.Providers.ChatCompletions.Wire;

/// <summary><c>response_format</c>: <c>json_object</c> or <c>json_schema</c>.</summary>
internal sealed class ChatResponseFormat
{
    public string Type { get; set; } = "json_object";

    public ChatJsonSchema? JsonSchema { get; set; }
}
