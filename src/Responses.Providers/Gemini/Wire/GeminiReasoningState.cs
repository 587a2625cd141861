namespace Responses.Providers.Gemini.Wire;

/// <summary>What a reasoning item's <c>encrypted_content</c> carries: a thought signature and the kind of part it came with.</summary>
internal sealed class GeminiReasoningState
{
    /// <summary>The opaque <c>thoughtSignature</c>.</summary>
    public string? Signature { get; set; }

    /// <summary><c>call</c> (it came with a function call: restored on the next call) or <c>text</c> (restored on the text before it).</summary>
    public string? Kind { get; set; }
}
