using Responses.Providers.ChatCompletions.Wire;
using Responses.Providers.Streaming;

namespace Responses.Providers.ChatCompletions;

/// <summary>
/// The response a chat completion is written into: its id derived from the completion id (<c>resp_</c> + id), the
/// model the server reports, its creation time, and the request settings a response echoes.
/// </summary>
internal static class ChatCompletionsResponseShell
{
    public static Response Create(CreateResponseRequest request, ChatCompletionRequest body, ChatCompletion completion)
    {
        Response response = ResponseEcho.FromRequest(request, completion.Model is { Length: > 0 } model ? model : body.Model);
        response.Id = completion.Id is { Length: > 0 } id ? "resp_" + id : null;
        response.CreatedAt = completion.Created is > 0 and { } created ? created : 0;
        return response;
    }
}
