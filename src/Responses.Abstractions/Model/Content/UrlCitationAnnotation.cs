namespace Responses;

/// <summary>A citation of a web resource.</summary>
public sealed class UrlCitationAnnotation : Annotation
{
    /// <summary>Initializes an empty URL citation.</summary>
    public UrlCitationAnnotation()
        : base(AnnotationTypes.UrlCitation)
    {
    }

    /// <summary>The URL of the web resource.</summary>
    public string? Url { get; set; }

    /// <summary>The index of the first character of the citation in the message.</summary>
    public int StartIndex { get; set; }

    /// <summary>The index of the last character of the citation in the message.</summary>
    public int EndIndex { get; set; }

    /// <summary>The title of the web resource.</summary>
    public string? Title { get; set; }
}
