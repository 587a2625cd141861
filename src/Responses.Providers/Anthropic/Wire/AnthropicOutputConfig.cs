namespace Responses.Providers.Anthropic.Wire;

/// <summary>The request's <c>output_config</c>: the effort of adaptive thinking and the structured output format.</summary>
internal sealed class AnthropicOutputConfig
{
    public string? Effort { get; set; }

    /// <summary><c>{"type":"json_schema","schema":{…}}</c>.</summary>
    public AnthropicOutputFormat? Format { get; set; }
}
