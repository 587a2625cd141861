namespace Responses;

/// <summary><c>response.output_text.annotation.added</c>: Emitted when an annotation is added to output text content.</summary>
public sealed class ResponseOutputTextAnnotationAddedEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseOutputTextAnnotationAddedEvent()
        : base(ResponseStreamEventTypes.OutputTextAnnotationAdded)
    {
    }

    /// <summary>The unique identifier of the item to which the annotation is being added.</summary>
    [WireRequired]
    public string? ItemId { get; set; }

    /// <summary>The index of the output item in the response's output array.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The index of the content part within the output item.</summary>
    public int ContentIndex { get; set; }

    /// <summary>The index of the annotation within the content part.</summary>
    public int AnnotationIndex { get; set; }

    /// <summary>The annotation object being added. (See annotation schema for details.).</summary>
    [WireRequired]
    public Annotation? Annotation { get; set; }
}
