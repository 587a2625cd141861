using System.Text.Json;

namespace Responses.Providers.Anthropic;

// Citations: Anthropic attaches them to a whole text block; OpenAI annotations point at a range of the
// output_text part. Each citation with a URL becomes a url_citation over its block's range, added when the
// block ends (its range is only known then). Document citations (char, page and content-block locations)
// point into the request's documents, which have no OpenAI annotation type: they are dropped.
internal sealed partial class AnthropicEventMapper
{
    private static void AddCitations(AnthropicBlockState state, JsonElement? citations)
    {
        if (citations is { ValueKind: JsonValueKind.Array } list)
        {
            foreach (JsonElement citation in list.EnumerateArray())
            {
                if (citation.ValueKind == JsonValueKind.Object)
                {
                    state.Citations.Add(citation.Clone());
                }
            }
        }
    }

    private void AddAnnotations(AnthropicBlockState state)
    {
        if (_messageIndex < 0 || state.Citations.Count == 0 || _partLength <= state.TextStart)
        {
            return;
        }

        foreach (JsonElement citation in state.Citations)
        {
            if (ToUrlCitation(citation, state.TextStart, _partLength) is { } annotation)
            {
                Writer!.AddAnnotation(_messageIndex, annotation);
            }
        }
    }

    private static UrlCitationAnnotation? ToUrlCitation(JsonElement citation, int start, int end)
    {
        string? type = String(citation, "type");
        string? url = type switch
        {
            "web_search_result_location" => String(citation, "url"),
            "search_result_location" => String(citation, "source"),
            _ => null,
        };

        if (url is null || !(url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return new UrlCitationAnnotation { Url = url, Title = String(citation, "title") ?? url, StartIndex = start, EndIndex = end };
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
