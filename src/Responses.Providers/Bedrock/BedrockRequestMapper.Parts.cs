using System.Text;
using System.Text.Json;
using Responses.Providers.Bedrock.Wire;

namespace Responses.Providers.Bedrock;

// Content parts to blocks: text, images (data URLs → bytes, s3:// URLs → s3Location) and documents (data →
// bytes; the format comes from the media type or the file name). Converse cannot fetch http(s) URLs or
// OpenAI file ids, so those are rejected rather than silently dropped.
internal sealed partial class BedrockRequestMapper
{
    private List<BedrockContentBlock> MessageBlocks(MessageItem message, int item, bool textOnly)
    {
        var blocks = new List<BedrockContentBlock>();
        if (message.Content?.Text is { } text)
        {
            if (text.Length > 0)
            {
                blocks.Add(new BedrockContentBlock { Text = text });
            }
        }
        else if (message.Content?.Parts is { } parts)
        {
            for (int p = 0; p < parts.Count; p++)
            {
                string param = $"input[{item}].content[{p}]";
                BedrockContentBlock? block = textOnly ? TextPart(parts[p], param, message.Role == MessageRole.Assistant) : UserPart(parts[p], param);
                if (block is not null)
                {
                    blocks.Add(block);
                }
            }
        }

        return blocks;
    }

    // System prompts and assistant turns hold text; assistant refusals stay as text so the conversation still
    // reads as it happened.
    private BedrockContentBlock? TextPart(ContentPart part, string param, bool assistant)
    {
        string? text = part switch
        {
            InputTextPart p => p.Text,
            OutputTextPart p => p.Text,
            TextPart p => p.Text,
            RefusalPart p when assistant => p.Refusal,
            _ => throw Invalid($"{(assistant ? "Assistant" : "System and developer")} messages can only hold text with Bedrock (found '{part.Type}').", param),
        };

        return string.IsNullOrEmpty(text) ? null : new BedrockContentBlock { Text = text };
    }

    private BedrockContentBlock? UserPart(ContentPart part, string param) => part switch
    {
        InputTextPart p => string.IsNullOrEmpty(p.Text) ? null : new BedrockContentBlock { Text = p.Text },
        OutputTextPart p => string.IsNullOrEmpty(p.Text) ? null : new BedrockContentBlock { Text = p.Text },
        TextPart p => string.IsNullOrEmpty(p.Text) ? null : new BedrockContentBlock { Text = p.Text },
        InputImagePart p => Image(p, param),
        InputFilePart p => File(p, param),
        _ => throw Invalid($"Content parts of type '{part.Type}' cannot be sent to Bedrock.", param),
    };

    private BedrockContentBlock Image(InputImagePart part, string param)
    {
        string url = part.ImageUrl is { Length: > 0 } u ? u : throw Invalid("Bedrock takes images as data URLs or s3:// URLs (not file ids).", param);
        if (url.StartsWith("s3://", StringComparison.OrdinalIgnoreCase))
        {
            return new BedrockContentBlock { Image = new BedrockMediaBlock { Format = ImageFormat(ExtensionOf(url), $"{param}.image_url"), Source = S3(url) } };
        }

        if (!url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid("Bedrock cannot fetch image URLs: send the image as a data URL (data:image/png;base64,…) or an s3:// URL.", $"{param}.image_url");
        }

        (string mediaType, string data) = ParseDataUrl(url, $"{param}.image_url");
        return new BedrockContentBlock { Image = new BedrockMediaBlock { Format = ImageFormat(mediaType, $"{param}.image_url"), Source = new BedrockMediaSource { Bytes = data } } };
    }

    private BedrockContentBlock File(InputFilePart part, string param)
    {
        string name = DocumentName(part.Filename);
        if (part.FileData is { Length: > 0 } fileData)
        {
            (string mediaType, string data) = fileData.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
                ? ParseDataUrl(fileData, $"{param}.file_data")
                : (MediaTypeOf(part.Filename), fileData);
            if (mediaType.StartsWith("image/", StringComparison.Ordinal))
            {
                return new BedrockContentBlock { Image = new BedrockMediaBlock { Format = ImageFormat(mediaType, $"{param}.file_data"), Source = new BedrockMediaSource { Bytes = data } } };
            }

            return new BedrockContentBlock { Document = new BedrockMediaBlock { Format = DocumentFormat(mediaType, $"{param}.file_data"), Name = name, Source = new BedrockMediaSource { Bytes = data } } };
        }

        if (part.FileUrl is { Length: > 0 } fileUrl && fileUrl.StartsWith("s3://", StringComparison.OrdinalIgnoreCase))
        {
            return new BedrockContentBlock { Document = new BedrockMediaBlock { Format = DocumentFormat(MediaTypeOf(fileUrl), $"{param}.file_url"), Name = name, Source = S3(fileUrl) } };
        }

        throw Invalid("Bedrock takes documents as file_data (base64 or a data URL) or an s3:// file_url; it cannot fetch URLs or OpenAI file ids.", param);
    }

    private static BedrockMediaSource S3(string uri)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("uri", uri);
            writer.WriteEndObject();
        }

        return new BedrockMediaSource { S3Location = JsonDocument.Parse(buffer.ToArray()).RootElement.Clone() };
    }

    private string ImageFormat(string mediaTypeOrExtension, string param) => mediaTypeOrExtension switch
    {
        "image/png" or "png" => "png",
        "image/jpeg" or "image/jpg" or "jpeg" or "jpg" => "jpeg",
        "image/gif" or "gif" => "gif",
        "image/webp" or "webp" => "webp",
        _ => throw Invalid($"Bedrock reads png, jpeg, gif and webp images; '{mediaTypeOrExtension}' is not supported.", param),
    };

    private string DocumentFormat(string mediaType, string param) => mediaType switch
    {
        "application/pdf" => "pdf",
        "text/csv" => "csv",
        "application/msword" => "doc",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "docx",
        "application/vnd.ms-excel" => "xls",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => "xlsx",
        "text/html" => "html",
        "text/plain" => "txt",
        "text/markdown" => "md",
        _ => throw Invalid($"Bedrock reads pdf, csv, doc, docx, xls, xlsx, html, txt and md documents; '{mediaType}' is not supported.", param),
    };

    private static string ExtensionOf(string path) => Path.GetExtension(path).TrimStart('.').ToLowerInvariant();

    private static string MediaTypeOf(string? filename) => ExtensionOf(filename ?? string.Empty) switch
    {
        "pdf" => "application/pdf",
        "csv" => "text/csv",
        "doc" => "application/msword",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls" => "application/vnd.ms-excel",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "html" or "htm" => "text/html",
        "md" => "text/markdown",
        "png" => "image/png",
        "jpg" or "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        _ => "text/plain",
    };

    // Converse document names allow letters, digits, single spaces, hyphens, parentheses and square brackets.
    private static string DocumentName(string? filename)
    {
        string stem = Path.GetFileNameWithoutExtension(filename ?? string.Empty);
        var name = new StringBuilder(stem.Length);
        foreach (char c in stem)
        {
            char kept = char.IsAsciiLetterOrDigit(c) || c is '-' or '(' or ')' or '[' or ']' ? c : ' ';
            if (kept != ' ' || (name.Length > 0 && name[^1] != ' '))
            {
                name.Append(kept);
            }
        }

        string result = name.ToString().Trim();
        return result.Length == 0 ? "document" : result;
    }

    private (string MediaType, string Data) ParseDataUrl(string url, string param)
    {
        // data:<media type>;base64,<data>: the bytes travel as base64 in the JSON body.
        int comma = url.IndexOf(',', StringComparison.Ordinal);
        string header = comma > 5 ? url[5..comma] : string.Empty;
        if (comma < 0 || !header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid("Data URLs must be base64-encoded (data:<media type>;base64,<data>).", param);
        }

        string mediaType = header[..^";base64".Length].Split(';')[0].Trim().ToLowerInvariant();
        return (mediaType.Length == 0 ? "application/octet-stream" : mediaType, url[(comma + 1)..]);
    }
}
