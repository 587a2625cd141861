namespace Responses;

/// <summary>Logs output of the code interpreter.</summary>
public sealed class CodeInterpreterLogsOutput : CodeInterpreterOutput
{
    /// <summary>Initializes an empty logs output.</summary>
    public CodeInterpreterLogsOutput()
        : base(CodeInterpreterOutputTypes.Logs)
    {
    }

    /// <summary>The logs.</summary>
    public string? Logs { get; set; }
}
