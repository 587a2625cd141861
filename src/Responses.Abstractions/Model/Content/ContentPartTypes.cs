namespace Responses;

/// <summary>The <c>"type"</c> values of content parts.</summary>
public static class ContentPartTypes
{
    /// <summary><c>input_text</c>.</summary>
    public const string InputText = "input_text";

    /// <summary><c>input_image</c>.</summary>
    public const string InputImage = "input_image";

    /// <summary><c>input_file</c>.</summary>
    public const string InputFile = "input_file";

    /// <summary><c>input_audio</c>.</summary>
    public const string InputAudio = "input_audio";

    /// <summary><c>input_video</c>.</summary>
    public const string InputVideo = "input_video";

    /// <summary><c>output_text</c>.</summary>
    public const string OutputText = "output_text";

    /// <summary><c>refusal</c>.</summary>
    public const string Refusal = "refusal";

    /// <summary><c>reasoning_text</c>.</summary>
    public const string ReasoningText = "reasoning_text";

    /// <summary><c>summary_text</c>.</summary>
    public const string SummaryText = "summary_text";

    /// <summary><c>text</c>.</summary>
    public const string Text = "text";

    /// <summary><c>computer_screenshot</c>.</summary>
    public const string ComputerScreenshot = "computer_screenshot";

    /// <summary><c>encrypted_content</c>.</summary>
    public const string EncryptedContent = "encrypted_content";
}
