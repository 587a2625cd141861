using Responses.Providers.Gemini.Wire;

namespace Responses.Providers.Gemini;

// Content parts: text, images and files as inline data (data URLs, raw base64 with a file name) or as file
// references (http(s) URLs, gs:// objects, Files API URIs).
internal sealed partial class GeminiRequestMapper
{
    private List<GeminiPart> MessageParts(MessageItem message, int item, bool textOnly)
    {
        var result = new List<GeminiPart>();
        if (message.Content?.Text is { } text)
        {
            if (text.Length > 0)
            {
                result.Add(new GeminiPart { Text = text });
            }

            return result;
        }

        IList<ContentPart> parts = message.Content?.Parts ?? [];
        for (int p = 0; p < parts.Count; p++)
        {
            string param = $"input[{item}].content[{p}]";
            GeminiPart? part = parts[p] switch
            {
                InputTextPart t => TextOf(t.Text),
                OutputTextPart t => TextOf(t.Text),
                TextPart t => TextOf(t.Text),

                // An assistant refusal stays in the conversation as text, so it reads as it happened.
                RefusalPart r when message.Role == MessageRole.Assistant => TextOf(r.Refusal),
                InputImagePart i when !textOnly => Image(i, param),
                InputFilePart f when !textOnly => File(f, param),
                _ => throw Invalid(
                    textOnly ? $"{message.Role.Value} messages can only hold text with Gemini (found '{parts[p].Type}')." : $"Content parts of type '{parts[p].Type}' cannot be sent to Gemini.",
                    param),
            };

            if (part is not null)
            {
                result.Add(part);
            }
        }

        return result;
    }

    private static GeminiPart? TextOf(string? text) => string.IsNullOrEmpty(text) ? null : new GeminiPart { Text = text };

    private GeminiPart Image(InputImagePart part, string param)
    {
        if (part.ImageUrl is { Length: > 0 } url)
        {
            return url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
                ? Inline(url, $"{param}.image_url")
                : new GeminiPart { FileData = new GeminiFileData { FileUri = url, MimeType = MediaTypeOf(url, "image/jpeg") } };
        }

        if (part.FileId is { Length: > 0 } fileId)
        {
            return new GeminiPart { FileData = new GeminiFileData { FileUri = fileId, MimeType = MediaTypeOf(fileId, "image/jpeg") } };
        }

        throw Invalid("An input_image needs an image_url or a file_id.", param);
    }

    private GeminiPart File(InputFilePart part, string param)
    {
        if (part.FileData is { Length: > 0 } data)
        {
            return data.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
                ? Inline(data, $"{param}.file_data")
                : new GeminiPart { InlineData = new GeminiBlob { MimeType = MediaTypeOf(part.Filename, "application/pdf"), Data = data } };
        }

        if ((part.FileUrl ?? part.FileId) is { Length: > 0 } uri)
        {
            return new GeminiPart { FileData = new GeminiFileData { FileUri = uri, MimeType = MediaTypeOf(part.Filename ?? uri, "application/pdf") } };
        }

        throw Invalid("An input_file needs file_data, file_url or file_id.", param);
    }

    private GeminiPart Inline(string dataUrl, string param)
    {
        // data:<media type>;base64,<data>: inlineData takes base64 only.
        int comma = dataUrl.IndexOf(',', StringComparison.Ordinal);
        string header = comma > 5 ? dataUrl[5..comma] : string.Empty;
        if (comma < 0 || !header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid("Data URLs must be base64-encoded (data:<media type>;base64,<data>).", param);
        }

        string mediaType = header[..^";base64".Length].Split(';')[0].Trim().ToLowerInvariant();
        return new GeminiPart { InlineData = new GeminiBlob { MimeType = mediaType.Length == 0 ? "application/octet-stream" : mediaType, Data = dataUrl[(comma + 1)..] } };
    }

    // Gemini wants a media type with file references; it is guessed from the extension.
    private static string MediaTypeOf(string? name, string fallback)
    {
        string path = name ?? string.Empty;
        int query = path.IndexOfAny(['?', '#']);
        return Path.GetExtension(query >= 0 ? path[..query] : path).ToLowerInvariant() switch
        {
            ".pdf" => "application/pdf",
            ".txt" => "text/plain",
            ".md" => "text/markdown",
            ".html" or ".htm" => "text/html",
            ".csv" => "text/csv",
            ".png" => "image/png",
            ".jpg" or ".jpeg" => "image/jpeg",
            ".gif" => "image/gif",
            ".webp" => "image/webp",
            ".heic" => "image/heic",
            ".mp3" => "audio/mp3",
            ".wav" => "audio/wav",
            ".mp4" => "video/mp4",
            _ => fallback,
        };
    }
}
