using System.Text.Json;
using Responses.Providers.Gemini.Wire;

namespace Responses.Providers.Gemini;

// Input items to contents. Items are mapped in order; adjacent items of the same role share a turn (Gemini
// wants calls of one step in one model turn and their responses in the next user turn). Thought signatures come
// back from reasoning items onto the part they came with.
internal sealed partial class GeminiRequestMapper
{
    // Google's documented placeholder for function calls that have no signature (made by another model or by
    // hand): Gemini 3 requires a signature on the first call of a step and skips validation for this value.
    internal const string SkipSignatureValidator = "skip_thought_signature_validator";

    private List<GeminiContent> MapInput(IList<ResponseItem> items, List<GeminiPart> system)
    {
        var turns = new List<GeminiContent>();
        var callNames = new Dictionary<string, string>(StringComparer.Ordinal);
        string? pendingCallSignature = null;
        for (int i = 0; i < items.Count; i++)
        {
            ResponseItem item = items[i];
            if (pendingCallSignature is not null && item is not FunctionCallItem)
            {
                // A call signature with no call after it: kept on an empty model part rather than lost.
                Add(turns, "model", [new GeminiPart { Text = string.Empty, ThoughtSignature = pendingCallSignature }]);
                pendingCallSignature = null;
            }

            switch (item)
            {
                case MessageItem message when message.Role == MessageRole.System || message.Role == MessageRole.Developer:
                    // Gemini has one system instruction: system and developer messages join it, in order.
                    system.AddRange(MessageParts(message, i, textOnly: true));
                    break;
                case MessageItem message when message.Role == MessageRole.Assistant:
                    Add(turns, "model", MessageParts(message, i, textOnly: true));
                    break;
                case MessageItem message when message.Role == MessageRole.User:
                    Add(turns, "user", MessageParts(message, i, textOnly: false));
                    break;
                case MessageItem message:
                    throw Invalid($"Messages with role '{message.Role.Value}' cannot be sent to Gemini.", $"input[{i}].role");
                case FunctionCallItem call:
                    string callId = call.CallId is { Length: > 0 } id ? id : throw Invalid("A call_id is required.", $"input[{i}].call_id");
                    callNames[callId] = call.Name ?? throw Invalid("A function_call needs a name.", $"input[{i}].name");
                    Add(turns, "model", [new GeminiPart { FunctionCall = new GeminiFunctionCall { Id = GeminiCallIds.ToWire(callId), Name = call.Name, Args = Arguments(call, i) }, ThoughtSignature = pendingCallSignature }]);
                    pendingCallSignature = null;
                    break;
                case FunctionCallOutputItem output:
                    Add(turns, "user", [FunctionResponse(output, i, callNames)]);
                    break;
                case ReasoningItem reasoning when GeminiReasoningCodec.IsGemini(reasoning.EncryptedContent):
                    GeminiReasoningState state = DecodeReasoning(reasoning, i);
                    if (state.Kind == GeminiReasoningCodec.CallKind)
                    {
                        pendingCallSignature = state.Signature;
                    }
                    else
                    {
                        AttachTextSignature(turns, state.Signature!);
                    }

                    break;
                case ReasoningItem:
                    // Another provider's reasoning (or none at all) cannot be verified by Gemini and is dropped.
                    break;
                case ItemReferenceItem:
                    throw Invalid("Item references need a response store in the pipeline; the Gemini provider is stateless.", $"input[{i}]");
                default:
                    // Records of hosted-tool activity (web_search_call, …) have no Gemini form; they are dropped.
                    break;
            }
        }

        if (pendingCallSignature is not null)
        {
            Add(turns, "model", [new GeminiPart { Text = string.Empty, ThoughtSignature = pendingCallSignature }]);
        }

        return turns;
    }

    private static void AddSkipSignatures(List<GeminiContent> turns, string model)
    {
        if (!GeminiThinking.UsesLevel(model))
        {
            return;
        }

        foreach (GeminiContent turn in turns)
        {
            if (turn.Role == "model" && turn.Parts!.FirstOrDefault(p => p.FunctionCall is not null) is { ThoughtSignature: null } first)
            {
                first.ThoughtSignature = SkipSignatureValidator;
            }
        }
    }

    private static void Add(List<GeminiContent> turns, string role, List<GeminiPart> parts)
    {
        if (parts.Count == 0)
        {
            return;
        }

        if (turns.Count > 0 && turns[^1].Role == role)
        {
            turns[^1].Parts!.AddRange(parts);
        }
        else
        {
            turns.Add(new GeminiContent { Role = role, Parts = parts });
        }
    }

    // A text signature belongs to the model text just before its reasoning item; without one it travels on an
    // empty text part, which is how Gemini itself streams it.
    private static void AttachTextSignature(List<GeminiContent> turns, string signature)
    {
        if (turns.Count > 0 && turns[^1].Role == "model" && turns[^1].Parts![^1] is { Text: not null, ThoughtSignature: null, Thought: null } last)
        {
            last.ThoughtSignature = signature;
            return;
        }

        Add(turns, "model", [new GeminiPart { Text = string.Empty, ThoughtSignature = signature }]);
    }

    private GeminiReasoningState DecodeReasoning(ReasoningItem reasoning, int item)
    {
        try
        {
            return GeminiReasoningCodec.Decode(reasoning.EncryptedContent!);
        }
        catch (FormatException ex)
        {
            throw Invalid($"The encrypted_content of this reasoning item is damaged: {ex.Message}", $"input[{item}].encrypted_content");
        }
    }

    private JsonElement Arguments(FunctionCallItem call, int item)
    {
        JsonElement args;
        try
        {
            args = string.IsNullOrWhiteSpace(call.Arguments) ? JsonDocument.Parse("{}").RootElement.Clone() : JsonDocument.Parse(call.Arguments).RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw Invalid($"The arguments of function_call '{call.CallId}' are not valid JSON: {ex.Message}", $"input[{item}].arguments");
        }

        return args.ValueKind == JsonValueKind.Object ? args : throw Invalid($"The arguments of function_call '{call.CallId}' must be a JSON object.", $"input[{item}].arguments");
    }

    private GeminiPart FunctionResponse(FunctionCallOutputItem output, int item, Dictionary<string, string> callNames)
    {
        string callId = output.CallId is { Length: > 0 } id ? id : throw Invalid("A call_id is required.", $"input[{item}].call_id");

        // Gemini pairs responses by name (and id when it gave one), so the name comes from the call in the input.
        if (!callNames.TryGetValue(callId, out string? name))
        {
            throw Invalid($"The function_call_output with call_id '{callId}' has no function_call before it in 'input'; Gemini needs the function's name.", $"input[{item}]");
        }

        string text;
        if (output.Output?.Parts is { } parts)
        {
            var texts = new List<string>();
            for (int p = 0; p < parts.Count; p++)
            {
                texts.Add(parts[p] switch
                {
                    InputTextPart t => t.Text ?? string.Empty,
                    OutputTextPart t => t.Text ?? string.Empty,
                    TextPart t => t.Text ?? string.Empty,
                    _ => throw Invalid($"Function outputs can only hold text with Gemini (found '{parts[p].Type}').", $"input[{item}].output[{p}]"),
                });
            }

            text = string.Concat(texts);
        }
        else
        {
            text = output.Output?.Text ?? string.Empty;
        }

        // Google's convention: the result under "output" ("error" when the call failed).
        string key = Extra(output, "is_error") is { ValueKind: JsonValueKind.True } ? "error" : "output";
        var response = new Dictionary<string, string> { [key] = text };
        JsonElement value = JsonSerializer.SerializeToElement(response, GeminiJsonContext.Default.DictionaryStringString);
        return new GeminiPart { FunctionResponse = new GeminiFunctionResponse { Id = GeminiCallIds.ToWire(callId), Name = name, Response = value } };
    }
}
