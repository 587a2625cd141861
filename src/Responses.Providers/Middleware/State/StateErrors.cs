namespace Responses.Providers.Middleware.State;

/// <summary>The OpenAI-shaped errors of the state middleware.</summary>
internal static class StateErrors
{
    public static ResponsesException ResponseNotFound(string responseId) =>
        Error(404, $"Response with id '{responseId}' not found.", null, null);

    public static ResponsesException PreviousResponseNotFound(string responseId) =>
        Error(404, $"Previous response with id '{responseId}' not found.", "previous_response_id", "previous_response_not_found");

    public static ResponsesException ItemNotFound(string itemId) =>
        Error(404, $"Item with id '{itemId}' not found.", "input", null);

    public static ResponsesException ConversationNotFound(string conversationId, string? param) =>
        Error(404, $"Conversation with id '{conversationId}' not found.", param, null);

    public static ResponsesException ConversationItemNotFound(string itemId) =>
        Error(404, $"Item with id '{itemId}' not found.", null, null);

    public static ResponsesException ConversationConflict(string conversationId) =>
        Error(409, $"Conversation with id '{conversationId}' was changed by another request while this response was produced; the response's items were not added. Retry the request.", "conversation", "conversation_conflict");

    public static ResponsesException BadRequest(string message, string? param) => Error(400, message, param, null);

    // OpenAI reports missing resources as invalid_request_error (not not_found_error) with status 404.
    private static ResponsesException Error(int status, string message, string? param, string? code) =>
        new(message, status, new ApiError { Message = message, Type = ResponsesErrorTypes.InvalidRequest, Param = param, Code = code });
}
