using System.Text.Json;

namespace Responses.Providers.Anthropic.Wire;

/// <summary>The structured output format of <c>output_config</c>: <c>{"type":"json_schema","schema":{…}}</c>.</summary>
internal sealed class AnthropicOutputFormat
{
    public string Type { get; set; } = "json_schema";

    public JsonElement? Schema { get; set; }
}
