using System.Text.Json;
using Responses.Providers.Gemini.Wire;

namespace Responses.Providers.Gemini;

/// <summary>
/// The <c>encrypted_content</c> of reasoning items made from Gemini thought signatures: <c>gemini.v1:</c> followed by
/// the base64 of <c>{"signature","kind"}</c>. The kind says which part the signature came with (<c>call</c>: the
/// function call after the item; <c>text</c>: the text before it), so the next turn puts it back on that part.
/// Content without the prefix comes from another provider.
/// </summary>
internal static class GeminiReasoningCodec
{
    public const string Prefix = "gemini.v1:";

    public const string CallKind = "call";

    public const string TextKind = "text";

    public static string Encode(string signature, string kind)
    {
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(new GeminiReasoningState { Signature = signature, Kind = kind }, GeminiJson.ReasoningState);
        return Prefix + Convert.ToBase64String(json);
    }

    public static bool IsGemini(string? encryptedContent) => encryptedContent?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    /// <summary>The state of encoded content; throws <see cref="FormatException"/> when it is damaged.</summary>
    public static GeminiReasoningState Decode(string encryptedContent)
    {
        try
        {
            GeminiReasoningState? state = JsonSerializer.Deserialize(Convert.FromBase64String(encryptedContent[Prefix.Length..]), GeminiJson.ReasoningState);
            return state is { Signature.Length: > 0 } ? state : throw new FormatException("The reasoning content has no signature.");
        }
        catch (JsonException ex)
        {
            throw new FormatException("The reasoning content is not valid: " + ex.Message, ex);
        }
    }
}
