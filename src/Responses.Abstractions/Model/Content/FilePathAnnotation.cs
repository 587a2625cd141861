namespace Responses;

/// <summary>A path to a file.</summary>
public sealed class FilePathAnnotation : Annotation
{
    /// <summary>Initializes an empty file path annotation.</summary>
    public FilePathAnnotation()
        : base(AnnotationTypes.FilePath)
    {
    }

    /// <summary>The ID of the file.</summary>
    public string? FileId { get; set; }

    /// <summary>The index of the file in the list of files.</summary>
    public int Index { get; set; }
}
