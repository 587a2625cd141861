namespace Responses.Providers.Gemini;

/// <summary>
/// Call ids for function calls Gemini sent without one (the Gemini API usually does). Generated ids carry a
/// prefix so that the next turn knows not to send them back as Gemini <c>id</c>s: such calls and their responses
/// are paired by name and order, as Gemini does.
/// </summary>
internal static class GeminiCallIds
{
    public const string GeneratedPrefix = "call_gemini_";

    public static string New() => GeneratedPrefix + Guid.NewGuid().ToString("N")[..24];

    /// <summary>The id to send to Gemini: the call id, unless this provider generated it.</summary>
    public static string? ToWire(string? callId) => callId is null || callId.StartsWith(GeneratedPrefix, StringComparison.Ordinal) ? null : callId;
}
