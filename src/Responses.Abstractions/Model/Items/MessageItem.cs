namespace Responses;

/// <summary>A message from the user, system, developer or assistant.</summary>
public sealed class MessageItem : ResponseItem
{
    /// <summary>Initializes an empty message.</summary>
    public MessageItem()
        : base(ResponseItemTypes.Message)
    {
    }

    /// <summary>The role: <c>user</c>, <c>assistant</c>, <c>system</c> or <c>developer</c>.</summary>
    public MessageRole Role { get; set; }

    /// <summary>The content: a plain string or a list of content parts.</summary>
    public MessageContent? Content { get; set; }

    /// <summary>The status of the item (<c>in_progress</c>, <c>completed</c> or <c>incomplete</c>).</summary>
    public ItemStatus? Status { get; set; }

    /// <summary>The phase of an assistant message (<c>commentary</c> or <c>final_answer</c>).</summary>
    public string? Phase { get; set; }
}
