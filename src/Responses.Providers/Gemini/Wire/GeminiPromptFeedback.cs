namespace Responses.Providers.Gemini.Wire;

/// <summary>Why a prompt was blocked, when it was.</summary>
internal sealed class GeminiPromptFeedback
{
    public string? BlockReason { get; set; }

    public string? BlockReasonMessage { get; set; }
}
