using Responses.Providers.Gemini.Wire;
using Responses.Providers.Streaming;

namespace Responses.Providers.Gemini;

/// <summary>The response an answer is written into: id from <c>responseId</c>, the model Gemini reports, and the echoed request settings.</summary>
internal static class GeminiResponseShell
{
    public static Response Create(CreateResponseRequest request, GeminiMappedRequest mapped, GeminiGenerateContentResponse first)
    {
        Response response = ResponseEcho.FromRequest(request, first.ModelVersion ?? mapped.Model);
        response.Id = first.ResponseId is { Length: > 0 } id ? "resp_" + id : null;
        return response;
    }
}
