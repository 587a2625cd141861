using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Responses.ExtensionsAI;

/// <summary>Maps message content parts to M.E.AI contents and back (text, images, files, refusals, annotations).</summary>
internal static class ContentMapper
{
    /// <summary>The <see cref="ErrorContent.ErrorCode"/> M.E.AI.OpenAI gives a refusal.</summary>
    public const string RefusalErrorCode = "Refusal";

    public static List<AIContent> ToAIContents(MessageContent? content)
    {
        List<AIContent> results = [];
        if (content is null)
        {
            return results;
        }

        if (content.Text is { } text)
        {
            results.Add(new TextContent(text));
            return results;
        }

        foreach (ContentPart part in content.Parts!)
        {
            AIContent mapped = ToAIContent(part);
            mapped.RawRepresentation = part;
            results.Add(mapped);
        }

        return results;
    }

    public static AIContent ToAIContent(ContentPart part)
    {
        switch (part)
        {
            case InputTextPart p:
                return new TextContent(p.Text);
            case OutputTextPart p:
                var text = new TextContent(p.Text);
                AddAnnotations(p, text);
                return text;
            case TextPart p:
                return new TextContent(p.Text);
            case RefusalPart p:
                return new ErrorContent(p.Refusal) { ErrorCode = RefusalErrorCode };
            case InputImagePart { FileId: { Length: > 0 } fileId }:
                return new HostedFileContent(fileId) { MediaType = "image/*" };
            case InputImagePart { ImageUrl: { } url }:
                return FromUrl(url, "image/*");
            case InputFilePart { FileId: { Length: > 0 } fileId } p:
                return new HostedFileContent(fileId) { Name = p.Filename };
            case InputFilePart { FileData: { } data } p:
                return FromFileData(data, p.Filename);
            case InputFilePart { FileUrl: { } url } p:
                AIContent file = FromUrl(url, MediaTypeOf(p.Filename) ?? "application/octet-stream");
                if (file is DataContent dataFile)
                {
                    dataFile.Name = p.Filename;
                }

                return file;
            default:
                return new AIContent();
        }
    }

    /// <summary>Maps a content to an input part of a message with <paramref name="role"/>, or <see langword="null"/> when it is not a part.</summary>
    public static ContentPart? ToPart(AIContent content, MessageRole role)
    {
        bool assistant = role == MessageRole.Assistant;
        switch (content)
        {
            case { RawRepresentation: ContentPart raw }:
                return raw;
            case TextContent text:
                return assistant ? new OutputTextPart(text.Text ?? string.Empty) : new InputTextPart(text.Text ?? string.Empty);
            case TextReasoningContent:
                return null;
            case ErrorContent { ErrorCode: RefusalErrorCode } refusal:
                return new RefusalPart(refusal.Message);
            case not null when assistant:
                // An assistant message holds output text and refusals only (M.E.AI.OpenAI sends nothing else for it either).
                return null;
            case UriContent uri when uri.HasTopLevelMediaType("image"):
                return new InputImagePart { ImageUrl = uri.Uri.ToString(), Detail = ImageDetailOf(content) };
            case DataContent data when data.HasTopLevelMediaType("image"):
                return new InputImagePart { ImageUrl = data.Uri, Detail = ImageDetailOf(content) };
            case DataContent data:
                // file_data is a data URI and filename is required in practice (as M.E.AI.OpenAI notes).
                return new InputFilePart { FileData = data.Uri, Filename = data.Name ?? DefaultFileName(data.MediaType) };
            case UriContent uri:
                return new InputFilePart { FileUrl = uri.Uri.ToString() };
            case HostedFileContent file when file.HasTopLevelMediaType("image"):
                return new InputImagePart { FileId = file.FileId, Detail = ImageDetailOf(content) };
            case HostedFileContent file:
                return new InputFilePart { FileId = file.FileId, Filename = file.Name };
            default:
                return null;
        }
    }

    /// <summary>The output of a function call from a tool result (text, or parts for images and files).</summary>
    public static ToolCallOutputContent ToToolOutput(object? result)
    {
        IEnumerable<AIContent>? contents = result switch
        {
            AIContent single => [single],
            IEnumerable<AIContent> many => many,
            _ => null,
        };

        if (contents is null)
        {
            return result switch
            {
                null => string.Empty,
                string s => s,
                JsonElement { ValueKind: JsonValueKind.String } s => s.GetString()!,
                _ => ChatJson.Serialize(result, typeof(object)),
            };
        }

        var parts = new List<ContentPart>();
        foreach (AIContent content in contents)
        {
            ContentPart? part = content is TextContent t
                ? new InputTextPart(t.Text ?? string.Empty)
                : ToPart(content, MessageRole.User);
            parts.Add(part ?? new InputTextPart(ChatJson.Serialize(content, typeof(AIContent))));
        }

        return parts;
    }

    private static void AddAnnotations(OutputTextPart part, AIContent destination)
    {
        if (part.Annotations is not { Count: > 0 } annotations)
        {
            return;
        }

        foreach (Annotation annotation in annotations)
        {
            var citation = new CitationAnnotation { RawRepresentation = annotation };
            switch (annotation)
            {
                case UrlCitationAnnotation url:
                    citation.Url = url.Url is { } u && Uri.TryCreate(u, UriKind.Absolute, out Uri? uri) ? uri : null;
                    citation.Title = url.Title;
                    citation.AnnotatedRegions = [new TextSpanAnnotatedRegion { StartIndex = url.StartIndex, EndIndex = url.EndIndex }];
                    break;
                case FileCitationAnnotation file:
                    citation.FileId = file.FileId;
                    citation.Title = file.Filename;
                    break;
                case ContainerFileCitationAnnotation container:
                    citation.FileId = container.FileId;
                    citation.Title = container.Filename;
                    citation.AnnotatedRegions = [new TextSpanAnnotatedRegion { StartIndex = container.StartIndex, EndIndex = container.EndIndex }];
                    break;
                case FilePathAnnotation path:
                    citation.FileId = path.FileId;
                    break;
            }

            (destination.Annotations ??= []).Add(citation);
        }
    }

    private static AIContent FromUrl(string url, string mediaType)
    {
        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return new DataContent(url);
        }

        return Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) ? new UriContent(uri, mediaType) : new AIContent();
    }

    private static DataContent FromFileData(string data, string? filename)
    {
        if (data.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return new DataContent(data) { Name = filename };
        }

        // Bare base64 (the spec's original form): the media type comes from the file name.
        return new DataContent(Convert.FromBase64String(data), MediaTypeOf(filename) ?? "application/octet-stream") { Name = filename };
    }

    private static string? MediaTypeOf(string? filename) => Path.GetExtension(filename)?.ToUpperInvariant() switch
    {
        ".PDF" => "application/pdf",
        ".TXT" => "text/plain",
        ".PNG" => "image/png",
        ".JPG" or ".JPEG" => "image/jpeg",
        ".GIF" => "image/gif",
        ".WEBP" => "image/webp",
        ".JSON" => "application/json",
        ".CSV" => "text/csv",
        _ => null,
    };

    private static string DefaultFileName(string mediaType) =>
        mediaType.StartsWith("application/pdf", StringComparison.OrdinalIgnoreCase) ? $"{Guid.NewGuid():N}.pdf" : $"file_{Guid.NewGuid():N}";

    private static ImageDetail? ImageDetailOf(AIContent content) =>
        content.AdditionalProperties?.TryGetValue("detail", out object? value) is true
            ? value switch
            {
                string s => ImageDetail.Create(s),
                ImageDetail d => d,
                _ => null,
            }
            : null;
}
