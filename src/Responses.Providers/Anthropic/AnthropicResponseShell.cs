using Responses.Providers.Anthropic.Wire;
using Responses.Providers.Streaming;

namespace Responses.Providers.Anthropic;

/// <summary>
/// The response a Messages answer is written into: its id derived from the message id (<c>resp_</c> + id), the
/// model Anthropic reports, and the request settings a response echoes.
/// </summary>
internal static class AnthropicResponseShell
{
    public static Response Create(CreateResponseRequest request, AnthropicMappedRequest mapped, AnthropicMessage message)
    {
        Response response = ResponseEcho.FromRequest(request, message.Model ?? mapped.Model);
        response.Id = message.Id is { Length: > 0 } id ? "resp_" + id : null;
        response.MaxOutputTokens = mapped.Body.MaxTokens;
        return response;
    }
}
