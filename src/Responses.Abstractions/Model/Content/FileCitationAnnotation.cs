namespace Responses;

/// <summary>A citation of a file.</summary>
public sealed class FileCitationAnnotation : Annotation
{
    /// <summary>Initializes an empty file citation.</summary>
    public FileCitationAnnotation()
        : base(AnnotationTypes.FileCitation)
    {
    }

    /// <summary>The ID of the file.</summary>
    public string? FileId { get; set; }

    /// <summary>The index of the file in the list of files.</summary>
    public int Index { get; set; }

    /// <summary>The filename of the file cited.</summary>
    public string? Filename { get; set; }
}
