using Microsoft.Extensions.AI;
using Responses.Providers.Streaming;

namespace Responses.ExtensionsAI;

/// <summary>
/// Feeds a chat client's answer (whole or as updates) into the shared <see cref="ResponseWriter"/>, which
/// makes the Responses items and events: text continues the open message (a new message id starts a new
/// one), reasoning pieces continue the open reasoning item until its protected data arrives, and function
/// calls, raw items and MCP calls are whole items.
/// </summary>
internal sealed class ChatOutputWriter(ResponseWriter writer)
{
    private int? _message;
    private string? _messageId;
    private int? _reasoning;
    private UsageDetails? _usage;

    public ResponseWriter Writer { get; } = writer;

    public ChatFinishReason? FinishReason { get; set; }

    public void Write(ChatResponse response)
    {
        foreach (ChatMessage message in response.Messages)
        {
            foreach (AIContent content in message.Contents)
            {
                Write(content, message.MessageId);
            }
        }

        if (response.Usage is { } usage)
        {
            AddUsage(usage);
        }

        FinishReason = response.FinishReason;
    }

    public void Write(ChatResponseUpdate update)
    {
        foreach (AIContent content in update.Contents)
        {
            Write(content, update.MessageId);
        }

        FinishReason = update.FinishReason ?? FinishReason;
    }

    /// <summary>Closes open items and writes the terminal event the finish reason calls for.</summary>
    public void Finish()
    {
        if (_usage is { } usage)
        {
            Writer.SetUsage(ToResponseUsage(usage));
        }

        if (FinishReason == ChatFinishReason.Length)
        {
            Writer.Incomplete("max_output_tokens");
        }
        else if (FinishReason == ChatFinishReason.ContentFilter)
        {
            Writer.Incomplete("content_filter");
        }
        else
        {
            Writer.Complete();
        }
    }

    private void Write(AIContent content, string? messageId)
    {
        switch (content)
        {
            case TextContent { Text: { } text }:
                CloseReasoning();
                Writer.AppendOutputText(MessageFor(messageId), text);
                break;

            case ErrorContent { ErrorCode: ContentMapper.RefusalErrorCode, Message: { } refusal }:
                CloseReasoning();
                Writer.AppendRefusal(MessageFor(messageId), refusal);
                break;

            case TextReasoningContent thought:
                CloseMessage();
                _reasoning ??= Writer.BeginReasoning();
                if (!string.IsNullOrEmpty(thought.Text))
                {
                    Writer.AppendReasoningSummary(_reasoning.Value, thought.Text);
                }

                if (thought.ProtectedData is { } data)
                {
                    Writer.SetEncryptedContent(_reasoning.Value, data);
                    CloseReasoning();
                }

                break;

            case FunctionCallContent call:
                CloseOpen();
                int index = Writer.BeginFunctionCall(call.CallId, call.Name);
                Writer.AppendFunctionArguments(index, ChatInputMapper.SerializeArguments(call.Arguments));
                Writer.EndItem(index);
                break;

            case UsageContent usage:
                AddUsage(usage.Details);
                break;

            case { RawRepresentation: ResponseItem item }:
                CloseOpen();
                if (item.Id is null)
                {
                    item = (ResponseItem)item.ShallowClone();
                    item.Id = ResponseIds.New("item");
                }

                Writer.AddItem(item);
                break;

            default:
                // Contents with no Responses form (for example the tool call half of an MCP pair, whose result carries the item).
                break;
        }
    }

    private int MessageFor(string? messageId)
    {
        if (_message is { } open && (messageId is null || messageId == _messageId))
        {
            return open;
        }

        CloseMessage();
        _messageId = messageId;
        _message = Writer.BeginMessage();
        return _message.Value;
    }

    private void CloseOpen()
    {
        CloseMessage();
        CloseReasoning();
    }

    private void CloseMessage()
    {
        if (_message is { } index)
        {
            Writer.EndItem(index);
            _message = null;
        }
    }

    private void CloseReasoning()
    {
        if (_reasoning is { } index)
        {
            Writer.EndItem(index);
            _reasoning = null;
        }
    }

    private void AddUsage(UsageDetails usage)
    {
        if (_usage is null)
        {
            _usage = new UsageDetails();
        }

        _usage.Add(usage);
    }

    private static ResponseUsage ToResponseUsage(UsageDetails usage)
    {
        long input = usage.InputTokenCount ?? 0;
        long output = usage.OutputTokenCount ?? 0;
        return new ResponseUsage
        {
            InputTokens = input,
            OutputTokens = output,
            TotalTokens = usage.TotalTokenCount ?? input + output,
            InputTokensDetails = new InputTokensDetails { CachedTokens = usage.CachedInputTokenCount ?? 0 },
            OutputTokensDetails = new OutputTokensDetails { ReasoningTokens = usage.ReasoningTokenCount ?? 0 },
        };
    }
}
