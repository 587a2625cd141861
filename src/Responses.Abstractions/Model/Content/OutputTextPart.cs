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

    /// <summary>The text.</summary>
    public string? Text { get; set; }

    /// <summary>Citations and file paths in the text.</summary>
    public IList<Annotation>? Annotations { get; set; } = [];

    /// <summary>Log probabilities of the output tokens, when requested.</summary>
    public IList<LogProb>? Logprobs { get; set; }
}
