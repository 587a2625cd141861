namespace Responses.Providers.Gemini.Wire;

/// <summary>Google's error body: <c>{"error":{"code","message","status","details"}}</c>.</summary>
internal sealed class GeminiErrorBody
{
    public GeminiError? Error { get; set; }
}
