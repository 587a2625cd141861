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

    /// <summary>The phase of an assistant message (<c>commentary</c> or <c>final_answer</c>); resend it on later turns.</summary>
    public MessagePhase? Phase { get; set; }

    /// <summary>Creates a user message with text content.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The message.</returns>
    public static MessageItem User(string text) => Create(MessageRole.User, text);

    /// <summary>Creates a user message with content parts (text, images, files…).</summary>
    /// <param name="parts">The content parts.</param>
    /// <returns>The message.</returns>
    public static MessageItem User(params ContentPart[] parts) => new() { Role = MessageRole.User, Content = new MessageContent([.. parts]) };

    /// <summary>Creates a system message with text content.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The message.</returns>
    public static MessageItem System(string text) => Create(MessageRole.System, text);

    /// <summary>Creates a developer message with text content.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The message.</returns>
    public static MessageItem Developer(string text) => Create(MessageRole.Developer, text);

    /// <summary>Creates an assistant message with text content (for example a previous answer given as input).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The message.</returns>
    public static MessageItem Assistant(string text) => Create(MessageRole.Assistant, text);

    private static MessageItem Create(MessageRole role, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new MessageItem { Role = role, Content = text };
    }
}
