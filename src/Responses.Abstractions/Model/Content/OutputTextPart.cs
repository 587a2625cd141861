using System.Text.Json;

namespace Responses;

/// <summary>Text written by the model, with its annotations.</summary>
public sealed class OutputTextPart : ContentPart
{
    /// <summary>Initializes an empty output text part.</summary>
    public OutputTextPart()
        : base(ContentPartTypes.OutputText)
    {
    }

    /// <summary>Initializes an output text part.</summary>
    /// <param name="text">The text.</param>
    public OutputTextPart(string text)
        : this() => Text = text;

    /// <summary>The text.</summary>
    public string? Text { get; set; }

    /// <summary>Citations and file paths in the text.</summary>
    public IList<Annotation>? Annotations { get; set; } = [];

    /// <summary>Log probabilities of the output tokens, when requested. Not written when <see langword="null"/>
    /// (OpenAI always sends it on output; Open Responses and input messages may omit it).</summary>
    public IList<LogProb>? Logprobs { get; set; }
}
