using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Providers.ChatCompletions.Wire;

namespace Responses.Gateway.ChatCompletions;

/// <summary>
/// Maps a finished Responses <see cref="Response"/> to a <c>chat.completion</c> body with one choice. The stream
/// writer shares its id, finish reason and usage rules, so a body and a stream of the same answer agree.
/// </summary>
internal static class ChatCompletionResponseMapper
{
    /// <summary>A JSON <c>null</c>: content and refusal are required (nullable) in a chat completion message.</summary>
    internal static readonly JsonElement Null = JsonDocument.Parse("null").RootElement.Clone();

    /// <summary>Maps a response.</summary>
    /// <param name="response">The finished response.</param>
    /// <param name="model">The model to name when the response does not.</param>
    /// <param name="legacyFunctions">Whether the request used <c>functions</c>: the call is then a <c>function_call</c>.</param>
    /// <returns>The body.</returns>
    public static ChatCompletion Map(Response response, string model, bool legacyFunctions)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = new StringBuilder();
        var refusal = new StringBuilder();
        var reasoning = new StringBuilder();
        var annotations = new JsonArray();
        var calls = new List<ChatToolCall>();
        foreach (ResponseItem item in response.Output)
        {
            switch (item)
            {
                case MessageItem { Content.Text: { } plain }:
                    text.Append(plain);
                    break;
                case MessageItem { Content.Parts: { } parts }:
                    foreach (ContentPart part in parts)
                    {
                        if (part is OutputTextPart output)
                        {
                            AddAnnotations(annotations, output, text.Length);
                            text.Append(output.Text);
                        }
                        else if (part is RefusalPart refused)
                        {
                            refusal.Append(refused.Refusal);
                        }
                    }

                    break;
                case FunctionCallItem call:
                    calls.Add(new ChatToolCall { Id = call.CallId, Type = "function", Function = new ChatFunctionCall { Name = call.Name, Arguments = call.Arguments ?? string.Empty } });
                    break;
                case ReasoningItem thought:
                    foreach (ContentPart part in thought.Summary.Concat(thought.Content ?? []))
                    {
                        reasoning.Append(part switch { SummaryTextPart s => s.Text, ReasoningTextPart r => r.Text, _ => null });
                    }

                    break;
                default:
                    // Hosted-tool records have no chat completions form (the bridge only sends function tools).
                    break;
            }
        }

        var message = new ChatMessage
        {
            Role = "assistant",
            Content = text.Length > 0 ? JsonSerializer.SerializeToElement(text.ToString(), ChatCompletionsJson.String) : Null,
            Refusal = refusal.Length > 0 ? refusal.ToString() : null,
            ReasoningContent = reasoning.Length > 0 ? reasoning.ToString() : null,
            Annotations = annotations.Count > 0 ? JsonSerializer.SerializeToElement(annotations, ChatCompletionsJson.Node) : null,
        };

        if (message.Refusal is null)
        {
            // Written as "refusal": null (required by the spec); the wire type leaves nulls out for upstream requests.
            (message.ExtensionData ??= [])["refusal"] = Null;
        }

        if (legacyFunctions && calls.Count > 0)
        {
            (message.ExtensionData ??= [])["function_call"] = JsonSerializer.SerializeToElement(
                new JsonObject { ["name"] = calls[0].Function!.Name, ["arguments"] = calls[0].Function!.Arguments }, ChatCompletionsJson.Node);
        }
        else if (calls.Count > 0)
        {
            message.ToolCalls = calls;
        }

        return new ChatCompletion
        {
            Id = CompletionId(response.Id),
            Object = "chat.completion",
            Created = response.CreatedAt,
            Model = response.Model ?? model,
            Choices = [new ChatChoice { Index = 0, Message = message, FinishReason = FinishReason(response, calls.Count > 0, legacyFunctions) }],
            Usage = ToChatUsage(response.Usage),
        };
    }

    /// <summary>The completion id of a response: <c>resp_abc</c> becomes <c>chatcmpl-abc</c>.</summary>
    public static string CompletionId(string? responseId) =>
        "chatcmpl-" + (responseId is null ? Guid.NewGuid().ToString("N") : responseId.StartsWith("resp_", StringComparison.Ordinal) ? responseId[5..] : responseId);

    /// <summary>
    /// <c>length</c> for a response cut at max_output_tokens, <c>content_filter</c> for a filtered one, <c>tool_calls</c>
    /// (or the legacy <c>function_call</c>) when the model called functions, otherwise <c>stop</c>.
    /// </summary>
    public static string FinishReason(Response response, bool hasCalls, bool legacyFunctions)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Status == ResponseStatus.Incomplete)
        {
            return response.IncompleteDetails?.Reason == "content_filter" ? "content_filter" : "length";
        }

        return hasCalls ? (legacyFunctions ? "function_call" : "tool_calls") : "stop";
    }

    /// <summary>Responses usage as chat usage (cached and reasoning tokens in their details).</summary>
    public static ChatUsage? ToChatUsage(ResponseUsage? usage) => usage is null ? null : new ChatUsage
    {
        PromptTokens = usage.InputTokens,
        CompletionTokens = usage.OutputTokens,
        TotalTokens = usage.TotalTokens,
        PromptTokensDetails = new ChatTokenDetails { CachedTokens = usage.InputTokensDetails?.CachedTokens ?? 0 },
        CompletionTokensDetails = new ChatTokenDetails { ReasoningTokens = usage.OutputTokensDetails?.ReasoningTokens ?? 0 },
    };

    // URL citations index the message text; several output_text parts are joined, so their offsets move by what came before.
    private static void AddAnnotations(JsonArray annotations, OutputTextPart part, int offset)
    {
        foreach (UrlCitationAnnotation citation in (part.Annotations ?? []).OfType<UrlCitationAnnotation>())
        {
            annotations.Add(new JsonObject
            {
                ["type"] = "url_citation",
                ["url_citation"] = new JsonObject
                {
                    ["start_index"] = citation.StartIndex + offset,
                    ["end_index"] = citation.EndIndex + offset,
                    ["url"] = citation.Url,
                    ["title"] = citation.Title ?? string.Empty,
                },
            });
        }
    }
}
