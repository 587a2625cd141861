namespace Responses;

/// <summary>The <c>"type"</c> values of <see cref="Annotation"/>.</summary>
public static class AnnotationTypes
{
    /// <summary><c>file_citation</c>.</summary>
    public const string FileCitation = "file_citation";

    /// <summary><c>url_citation</c>.</summary>
    public const string UrlCitation = "url_citation";

    /// <summary><c>container_file_citation</c>.</summary>
    public const string ContainerFileCitation = "container_file_citation";

    /// <summary><c>file_path</c>.</summary>
    public const string FilePath = "file_path";
}
