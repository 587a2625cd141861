using System.Text.Json;

namespace Responses.Providers.ChatCompletions.Wire;

/// <summary>The <c>json_schema</c> of a <c>response_format</c>.</summary>
internal sealed class ChatJsonSchema
{
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public JsonElement? Schema { get; set; }

    public bool? Strict { get; set; }
}
