namespace Responses;

/// <summary>The <c>"type"</c> values of <see cref="Annotation"/>.</summary>
public static class AnnotationTypes
{
}
