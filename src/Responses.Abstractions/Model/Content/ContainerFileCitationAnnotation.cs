namespace Responses;

/// <summary>A citation of a container file.</summary>
public sealed class ContainerFileCitationAnnotation : Annotation
{
    /// <summary>Initializes an empty container file citation.</summary>
    public ContainerFileCitationAnnotation()
        : base(AnnotationTypes.ContainerFileCitation)
    {
    }

    /// <summary>The ID of the container.</summary>
    public string? ContainerId { get; set; }

    /// <summary>The ID of the file.</summary>
    public string? FileId { get; set; }

    /// <summary>The index of the first character of the citation in the message.</summary>
    public int StartIndex { get; set; }

    /// <summary>The index of the last character of the citation in the message.</summary>
    public int EndIndex { get; set; }

    /// <summary>The filename of the container file cited.</summary>
    public string? Filename { get; set; }
}
