using Responses.Providers.Streaming;

namespace Responses.Providers.Bedrock;

/// <summary>The response a Converse answer is written into: a new id, the model id, and the request settings a response echoes.</summary>
internal static class BedrockResponseShell
{
    public static Response Create(CreateResponseRequest request, string model, int? maxTokens)
    {
        Response response = ResponseEcho.FromRequest(request, model);
        response.MaxOutputTokens = maxTokens;
        return response;
    }
}
