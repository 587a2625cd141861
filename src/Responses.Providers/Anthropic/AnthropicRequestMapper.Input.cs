using System.Text.Json;
using Responses.Providers.Anthropic.Wire;

namespace Responses.Providers.Anthropic;

// Input items to turns. Anthropic wants alternating user/assistant turns, every tool_use answered by a
// tool_result in the very next user turn, and tool_result blocks first in that turn. Items are mapped in
// order; adjacent items of the same role share a turn (so consecutive calls form one assistant turn and their
// outputs one user turn); then the pairing of calls and outputs is checked.
internal sealed partial class AnthropicRequestMapper
{
    private List<AnthropicMessageParam> MapInput(IList<ResponseItem> items, List<AnthropicContentBlock> system, List<string> betas)
    {
        var turns = new List<AnthropicMessageParam>();
        var calls = new List<(string Id, int Item, int Turn)>();
        var results = new List<(string Id, int Item, int Turn)>();
        for (int i = 0; i < items.Count; i++)
        {
            switch (items[i])
            {
                case MessageItem message when message.Role == MessageRole.System || message.Role == MessageRole.Developer:
                    // Anthropic has one system prompt: system and developer messages join it, in order.
                    system.AddRange(MessageBlocks(message, i, betas, systemOnly: true));
                    break;
                case MessageItem message when message.Role == MessageRole.Assistant:
                    Add(turns, "assistant", MessageBlocks(message, i, betas, systemOnly: false));
                    break;
                case MessageItem message when message.Role == MessageRole.User:
                    Add(turns, "user", MessageBlocks(message, i, betas, systemOnly: false));
                    break;
                case MessageItem message:
                    throw Invalid($"Messages with role '{message.Role.Value}' cannot be sent to Anthropic.", $"input[{i}].role");
                case FunctionCallItem call:
                    calls.Add((RequireCallId(call.CallId, i), i, Add(turns, "assistant", [ToolUse(call, i)])));
                    break;
                case FunctionCallOutputItem output:
                    results.Add((RequireCallId(output.CallId, i), i, Add(turns, "user", [ToolResult(output, i, betas)])));
                    break;
                case ReasoningItem reasoning:
                    Add(turns, "assistant", ThinkingBlocks(reasoning, i));
                    break;
                case ItemReferenceItem:
                    throw Invalid("Item references need a response store in the pipeline; the Anthropic provider is stateless.", $"input[{i}]");
                default:
                    // Records of hosted-tool activity (web_search_call, …) have no client-side Anthropic form; they
                    // are dropped (hosted tools are mapped by a later issue).
                    break;
            }
        }

        CheckPairing(turns, calls, results);
        foreach (AnthropicMessageParam turn in turns)
        {
            if (turn.Role == "user")
            {
                // tool_result blocks must open their user turn (stable: results and other content keep their order).
                turn.Content = [.. turn.Content.Where(b => b.Type == "tool_result"), .. turn.Content.Where(b => b.Type != "tool_result")];
            }
        }

        return turns;
    }

    private static int Add(List<AnthropicMessageParam> turns, string role, List<AnthropicContentBlock> blocks)
    {
        if (blocks.Count == 0)
        {
            return turns.Count - 1;
        }

        if (turns.Count > 0 && turns[^1].Role == role)
        {
            turns[^1].Content.AddRange(blocks);
        }
        else
        {
            turns.Add(new AnthropicMessageParam { Role = role, Content = blocks });
        }

        return turns.Count - 1;
    }

    private void CheckPairing(List<AnthropicMessageParam> turns, List<(string Id, int Item, int Turn)> calls, List<(string Id, int Item, int Turn)> results)
    {
        foreach ((string id, int item, int turn) in calls)
        {
            // A call at the very end may still be waiting for its output; anything after it must answer it.
            bool last = turn == turns.Count - 1;
            if (!last && !results.Any(r => r.Id == id && r.Turn == turn + 1))
            {
                throw Invalid(
                    $"The function_call with call_id '{id}' has no function_call_output right after it; Anthropic needs the output of every call before the conversation goes on.",
                    $"input[{item}]");
            }
        }

        foreach ((string id, int item, int turn) in results)
        {
            if (!calls.Any(c => c.Id == id && c.Turn == turn - 1))
            {
                throw Invalid(
                    $"The function_call_output with call_id '{id}' does not follow its function_call; Anthropic needs each output right after the turn that made the call.",
                    $"input[{item}]");
            }
        }
    }

    private string RequireCallId(string? callId, int item) =>
        callId is { Length: > 0 } ? callId : throw Invalid("A call_id is required.", $"input[{item}].call_id");

    private AnthropicContentBlock ToolUse(FunctionCallItem call, int item)
    {
        JsonElement input;
        try
        {
            input = string.IsNullOrWhiteSpace(call.Arguments)
                ? JsonDocument.Parse("{}").RootElement.Clone()
                : JsonDocument.Parse(call.Arguments).RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw Invalid($"The arguments of function_call '{call.CallId}' are not valid JSON: {ex.Message}", $"input[{item}].arguments");
        }

        if (input.ValueKind != JsonValueKind.Object)
        {
            throw Invalid($"The arguments of function_call '{call.CallId}' must be a JSON object.", $"input[{item}].arguments");
        }

        return new AnthropicContentBlock { Type = "tool_use", Id = call.CallId, Name = call.Name, Input = input, CacheControl = Extra(call, "cache_control") };
    }

    private AnthropicContentBlock ToolResult(FunctionCallOutputItem output, int item, List<string> betas)
    {
        var block = new AnthropicContentBlock { Type = "tool_result", ToolUseId = output.CallId, CacheControl = Extra(output, "cache_control") };
        if (output.Output?.Parts is { } parts)
        {
            var content = new List<AnthropicContentBlock>();
            for (int p = 0; p < parts.Count; p++)
            {
                if (UserPart(parts[p], $"input[{item}].output[{p}]", betas) is { } mapped)
                {
                    content.Add(mapped);
                }
            }

            block.Content = JsonSerializer.SerializeToElement(content, AnthropicJson.Blocks);
        }
        else
        {
            block.Content = JsonSerializer.SerializeToElement(output.Output?.Text ?? string.Empty, AnthropicJsonContext.Default.String);
        }

        if (Extra(output, "is_error") is { ValueKind: JsonValueKind.True })
        {
            block.IsError = true;
        }

        return block;
    }

    private List<AnthropicContentBlock> ThinkingBlocks(ReasoningItem reasoning, int item)
    {
        // Only thinking made by this provider can go back: other providers' reasoning (and reasoning without
        // encrypted_content) cannot be verified by Anthropic and is dropped.
        if (!AnthropicReasoningCodec.IsAnthropic(reasoning.EncryptedContent))
        {
            return [];
        }

        try
        {
            return AnthropicReasoningCodec.Decode(reasoning.EncryptedContent!);
        }
        catch (FormatException ex)
        {
            throw Invalid($"The encrypted_content of this reasoning item is damaged: {ex.Message}", $"input[{item}].encrypted_content");
        }
    }
}
