using System.Text.Json;
using Responses.Providers.Bedrock.Wire;

namespace Responses.Providers.Bedrock;

// Input items to turns. Converse wants alternating user/assistant turns and every toolUse answered by a
// toolResult in the next user turn. Adjacent items of the same role share a turn (consecutive calls form one
// assistant turn, their outputs one user turn), then the pairing of calls and outputs is checked.
internal sealed partial class BedrockRequestMapper
{
    private List<BedrockMessage> MapInput(IList<ResponseItem> items, List<BedrockContentBlock> system)
    {
        var turns = new List<BedrockMessage>();
        var calls = new List<(string Id, int Item, int Turn)>();
        var results = new List<(string Id, int Item, int Turn)>();
        for (int i = 0; i < items.Count; i++)
        {
            switch (items[i])
            {
                case MessageItem message when message.Role == MessageRole.System || message.Role == MessageRole.Developer:
                    // Converse has one system prompt: system and developer messages join it, in order.
                    system.AddRange(MessageBlocks(message, i, textOnly: true));
                    break;
                case MessageItem message when message.Role == MessageRole.Assistant:
                    Add(turns, "assistant", MessageBlocks(message, i, textOnly: true));
                    break;
                case MessageItem message when message.Role == MessageRole.User:
                    Add(turns, "user", MessageBlocks(message, i, textOnly: false));
                    break;
                case MessageItem message:
                    throw Invalid($"Messages with role '{message.Role.Value}' cannot be sent to Bedrock.", $"input[{i}].role");
                case FunctionCallItem call:
                    calls.Add((RequireCallId(call.CallId, i), i, Add(turns, "assistant", [ToolUse(call, i)])));
                    break;
                case FunctionCallOutputItem output:
                    results.Add((RequireCallId(output.CallId, i), i, Add(turns, "user", [ToolResult(output, i)])));
                    break;
                case ReasoningItem reasoning:
                    Add(turns, "assistant", ReasoningBlocks(reasoning, i));
                    break;
                case ItemReferenceItem:
                    throw Invalid("Item references need a response store in the pipeline; the Bedrock provider is stateless.", $"input[{i}]");
                default:
                    // Records of hosted-tool activity (web_search_call, …) have no Converse form and are dropped.
                    break;
            }
        }

        CheckPairing(turns, calls, results);
        foreach (BedrockMessage turn in turns.Where(t => t.Role == "user"))
        {
            // toolResult blocks open their user turn (stable: the other content keeps its order).
            turn.Content = [.. turn.Content.Where(b => b.ToolResult is not null), .. turn.Content.Where(b => b.ToolResult is null)];
        }

        return turns;
    }

    private static int Add(List<BedrockMessage> turns, string role, List<BedrockContentBlock> blocks)
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
            turns.Add(new BedrockMessage { Role = role, Content = blocks });
        }

        return turns.Count - 1;
    }

    private void CheckPairing(List<BedrockMessage> turns, List<(string Id, int Item, int Turn)> calls, List<(string Id, int Item, int Turn)> results)
    {
        foreach ((string id, int item, int turn) in calls)
        {
            // A call at the very end may still be waiting for its output; anything after it must answer it.
            if (turn != turns.Count - 1 && !results.Any(r => r.Id == id && r.Turn == turn + 1))
            {
                throw Invalid($"The function_call with call_id '{id}' has no function_call_output right after it; Bedrock needs the output of every call before the conversation goes on.", $"input[{item}]");
            }
        }

        foreach ((string id, int item, int turn) in results)
        {
            if (!calls.Any(c => c.Id == id && c.Turn == turn - 1))
            {
                throw Invalid($"The function_call_output with call_id '{id}' does not follow its function_call; Bedrock needs each output right after the turn that made the call.", $"input[{item}]");
            }
        }
    }

    private string RequireCallId(string? callId, int item) =>
        callId is { Length: > 0 } ? callId : throw Invalid("A call_id is required.", $"input[{item}].call_id");

    private BedrockContentBlock ToolUse(FunctionCallItem call, int item)
    {
        JsonElement input;
        try
        {
            using JsonDocument document = JsonDocument.Parse(string.IsNullOrWhiteSpace(call.Arguments) ? "{}" : call.Arguments);
            input = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw Invalid($"The arguments of function_call '{call.CallId}' are not valid JSON: {ex.Message}", $"input[{item}].arguments");
        }

        if (input.ValueKind != JsonValueKind.Object)
        {
            throw Invalid($"The arguments of function_call '{call.CallId}' must be a JSON object.", $"input[{item}].arguments");
        }

        return new BedrockContentBlock { ToolUse = new BedrockToolUse { ToolUseId = call.CallId, Name = call.Name, Input = input } };
    }

    private BedrockContentBlock ToolResult(FunctionCallOutputItem output, int item)
    {
        var result = new BedrockToolResult { ToolUseId = output.CallId };
        if (output.Output?.Parts is { } parts)
        {
            for (int p = 0; p < parts.Count; p++)
            {
                if (UserPart(parts[p], $"input[{item}].output[{p}]") is { } block)
                {
                    result.Content.Add(block);
                }
            }
        }
        else
        {
            result.Content.Add(new BedrockContentBlock { Text = output.Output?.Text ?? string.Empty });
        }

        if (result.Content.Count == 0)
        {
            result.Content.Add(new BedrockContentBlock { Text = string.Empty });
        }

        if (Extra(output, "is_error") is { ValueKind: JsonValueKind.True })
        {
            result.Status = "error";
        }

        return new BedrockContentBlock { ToolResult = result };
    }

    private List<BedrockContentBlock> ReasoningBlocks(ReasoningItem reasoning, int item)
    {
        // Only reasoning made by this provider can go back: other providers' reasoning (and reasoning without
        // encrypted_content) carries no Bedrock signature and is dropped.
        if (!BedrockReasoningCodec.IsBedrock(reasoning.EncryptedContent))
        {
            return [];
        }

        try
        {
            return BedrockReasoningCodec.Decode(reasoning.EncryptedContent!);
        }
        catch (FormatException ex)
        {
            throw Invalid($"The encrypted_content of this reasoning item is damaged: {ex.Message}", $"input[{item}].encrypted_content");
        }
    }
}
