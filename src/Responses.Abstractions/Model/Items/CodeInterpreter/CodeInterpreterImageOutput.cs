namespace Responses;

/// <summary>An image output of the code interpreter.</summary>
public sealed class CodeInterpreterImageOutput : CodeInterpreterOutput
{
    /// <summary>Initializes an empty image output.</summary>
    public CodeInterpreterImageOutput()
        : base(CodeInterpreterOutputTypes.Image)
    {
    }

    /// <summary>The URL of the image.</summary>
    public string? Url { get; set; }
}
