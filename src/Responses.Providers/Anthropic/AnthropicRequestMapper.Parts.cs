using System.Text;
using System.Text.Json;
using Responses.Providers.Anthropic.Wire;

namespace Responses.Providers.Anthropic;

// Content parts to blocks: text, images (URL, data URL, file id) and documents (PDF or plain text, as data,
// URL or file id). Prompt-caching marks come from a part's "cache_control" (passed through as is) or its
// prompt_cache_breakpoint (an ephemeral cache_control).
internal sealed partial class AnthropicRequestMapper
{
    private List<AnthropicContentBlock> MessageBlocks(MessageItem message, int item, List<string> betas, bool systemOnly)
    {
        var blocks = new List<AnthropicContentBlock>();
        if (message.Content?.Text is { } text)
        {
            if (text.Length > 0)
            {
                blocks.Add(new AnthropicContentBlock { Type = "text", Text = text });
            }
        }
        else if (message.Content?.Parts is { } parts)
        {
            for (int p = 0; p < parts.Count; p++)
            {
                string param = $"input[{item}].content[{p}]";
                AnthropicContentBlock? block = systemOnly || message.Role == MessageRole.Assistant
                    ? TextPart(parts[p], param, systemOnly)
                    : UserPart(parts[p], param, betas);
                if (block is not null)
                {
                    blocks.Add(block);
                }
            }
        }

        // A cache mark on the message itself applies to its last block (where Anthropic's breakpoint goes).
        if (Extra(message, "cache_control") is { } cache && blocks.Count > 0)
        {
            blocks[^1].CacheControl = cache;
        }

        return blocks;
    }

    // System prompts and assistant turns hold text only. Assistant refusals are kept as text so the
    // conversation still reads as it happened; annotations have no input form and are dropped.
    private AnthropicContentBlock? TextPart(ContentPart part, string param, bool systemOnly)
    {
        string? text = part switch
        {
            InputTextPart p => p.Text,
            OutputTextPart p => p.Text,
            TextPart p => p.Text,
            RefusalPart p when !systemOnly => p.Refusal,
            _ => throw Invalid(
                systemOnly ? $"System and developer messages can only hold text with Anthropic (found '{part.Type}')." : $"Assistant messages can only hold text with Anthropic (found '{part.Type}').",
                param),
        };

        return string.IsNullOrEmpty(text) ? null : new AnthropicContentBlock { Type = "text", Text = text, CacheControl = CacheControl(part) };
    }

    private AnthropicContentBlock? UserPart(ContentPart part, string param, List<string> betas)
    {
        AnthropicContentBlock? block = part switch
        {
            InputTextPart p => string.IsNullOrEmpty(p.Text) ? null : new AnthropicContentBlock { Type = "text", Text = p.Text },
            OutputTextPart p => string.IsNullOrEmpty(p.Text) ? null : new AnthropicContentBlock { Type = "text", Text = p.Text },
            TextPart p => string.IsNullOrEmpty(p.Text) ? null : new AnthropicContentBlock { Type = "text", Text = p.Text },
            InputImagePart p => Image(p, param, betas),
            InputFilePart p => File(p, param, betas),
            _ => throw Invalid($"Content parts of type '{part.Type}' cannot be sent to Anthropic.", param),
        };

        if (block is not null)
        {
            block.CacheControl = CacheControl(part);
        }

        return block;
    }

    private AnthropicContentBlock Image(InputImagePart part, string param, List<string> betas)
    {
        AnthropicSource source;
        if (part.FileId is { Length: > 0 } fileId)
        {
            AddBeta(betas, FilesApiBeta);
            source = new AnthropicSource { Type = "file", FileId = fileId };
        }
        else if (part.ImageUrl is { Length: > 0 } url)
        {
            if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                (string mediaType, string data) = ParseDataUrl(url, $"{param}.image_url");
                source = new AnthropicSource { Type = "base64", MediaType = mediaType, Data = data };
            }
            else
            {
                source = new AnthropicSource { Type = "url", Url = url };
            }
        }
        else
        {
            throw Invalid("An input_image needs an image_url or a file_id.", param);
        }

        return new AnthropicContentBlock { Type = "image", Source = source };
    }

    private AnthropicContentBlock File(InputFilePart part, string param, List<string> betas)
    {
        AnthropicSource source;
        if (part.FileId is { Length: > 0 } fileId)
        {
            AddBeta(betas, FilesApiBeta);
            source = new AnthropicSource { Type = "file", FileId = fileId };
        }
        else if (part.FileData is { Length: > 0 } fileData)
        {
            (string mediaType, string data) = fileData.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
                ? ParseDataUrl(fileData, $"{param}.file_data")
                : (MediaTypeOf(part.Filename), fileData);
            if (mediaType.StartsWith("image/", StringComparison.Ordinal))
            {
                return new AnthropicContentBlock { Type = "image", Source = new AnthropicSource { Type = "base64", MediaType = mediaType, Data = data } };
            }

            source = mediaType switch
            {
                "application/pdf" => new AnthropicSource { Type = "base64", MediaType = mediaType, Data = data },
                "text/plain" => new AnthropicSource { Type = "text", MediaType = mediaType, Data = DecodeText(data, $"{param}.file_data") },
                _ => throw Invalid($"Anthropic reads PDF and plain-text documents (and images); '{mediaType}' is not supported.", $"{param}.file_data"),
            };
        }
        else if (part.FileUrl is { Length: > 0 } fileUrl)
        {
            // URL documents are PDFs for Anthropic.
            source = new AnthropicSource { Type = "url", Url = fileUrl };
        }
        else
        {
            throw Invalid("An input_file needs file_data, file_url or file_id.", param);
        }

        return new AnthropicContentBlock { Type = "document", Source = source, Title = part.Filename };
    }

    private (string MediaType, string Data) ParseDataUrl(string url, string param)
    {
        // data:<media type>[;base64],<data>: Anthropic takes base64 only.
        int comma = url.IndexOf(',', StringComparison.Ordinal);
        string header = comma > 5 ? url[5..comma] : string.Empty;
        if (comma < 0 || !header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid("Data URLs must be base64-encoded (data:<media type>;base64,<data>).", param);
        }

        string mediaType = header[..^";base64".Length].Split(';')[0].Trim().ToLowerInvariant();
        return (mediaType.Length == 0 ? "application/octet-stream" : mediaType, url[(comma + 1)..]);
    }

    private string DecodeText(string base64, string param)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            throw Invalid("The file data is not valid base64.", param);
        }
    }

    private static string MediaTypeOf(string? filename) => Path.GetExtension(filename ?? string.Empty).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".txt" or ".md" => "text/plain",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        _ => "application/pdf",
    };

    private static JsonElement? CacheControl(ContentPart part) =>
        Extra(part, "cache_control") ?? (part switch
        {
            InputTextPart { PromptCacheBreakpoint: not null } or InputImagePart { PromptCacheBreakpoint: not null } or InputFilePart { PromptCacheBreakpoint: not null } => EphemeralCache,
            _ => null,
        });

    private static void AddBeta(List<string> betas, string beta)
    {
        if (!betas.Contains(beta, StringComparer.Ordinal))
        {
            betas.Add(beta);
        }
    }
}
