namespace Responses;

/// <summary>The <c>"type"</c> values of content parts.</summary>
public static class ContentPartTypes
{
    /// <summary><c>input_text</c>.</summary>
    public const string InputText = "input_text";

    /// <summary><c>output_text</c>.</summary>
    public const string OutputText = "output_text";
}
