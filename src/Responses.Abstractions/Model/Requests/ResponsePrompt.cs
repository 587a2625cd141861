namespace Responses;

/// <summary>A reference to a stored prompt template and its variables (<c>prompt</c>).</summary>
public sealed class ResponsePrompt : WireObject
{
    /// <summary>The id of the prompt.</summary>
    public string? Id { get; set; }

    /// <summary>The version of the prompt (the current version when absent).</summary>
    public string? Version { get; set; }

    /// <summary>Values substituted for the variables of the prompt: strings or input content (text, image, file).</summary>
    public IDictionary<string, PromptVariable>? Variables { get; set; }
}
