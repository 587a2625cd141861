namespace Responses.Providers.Gemini.Wire;

/// <summary>A file by URI (<c>fileData</c>): an https URL, a <c>gs://</c> object or a Files API URI.</summary>
internal sealed class GeminiFileData
{
    public string? MimeType { get; set; }

    public string? FileUri { get; set; }
}
