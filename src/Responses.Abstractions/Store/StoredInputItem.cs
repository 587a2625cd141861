namespace Responses;

/// <summary>An input item as stored: the id it is listed and paged by, and the item exactly as it was sent.</summary>
/// <param name="Id">The item's id, or one given by the store when the caller sent none.</param>
/// <param name="Item">The item as sent (without an id the caller did not give, so it is replayed unchanged).</param>
public sealed record StoredInputItem(string Id, ResponseItem Item)
{
    /// <summary>
    /// The item as OpenAI lists it (input items, conversation items): it carries its id, and a message sent as a plain
    /// string has one text part and status <c>completed</c>.
    /// </summary>
    /// <returns>A copy of the item in its listed form.</returns>
    public ResponseItem ToListedItem()
    {
        var item = (ResponseItem)Item.ShallowClone();
        item.Id = Id;
        if (item is MessageItem message)
        {
            // OpenAI lists messages in their canonical form: content parts and a status.
            if (message.Content?.Text is { } text)
            {
                message.Content = new MessageContent([message.Role == MessageRole.Assistant
                    ? new OutputTextPart { Text = text, Annotations = [], Logprobs = [] }
                    : new InputTextPart { Text = text }]);
            }

            message.Status ??= ItemStatus.Completed;
        }

        return item;
    }
}
