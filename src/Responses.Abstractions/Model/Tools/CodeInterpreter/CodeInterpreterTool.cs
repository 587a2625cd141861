namespace Responses;

/// <summary>Runs Python code in a container to answer the prompt.</summary>
public sealed class CodeInterpreterTool : ResponseTool
{
    /// <summary>Initializes the tool (<c>code_interpreter</c>).</summary>
    public CodeInterpreterTool()
        : base(ResponseToolTypes.CodeInterpreter)
    {
    }

    /// <summary>The container: an id, or <c>auto</c> settings for a new container.</summary>
    public CodeInterpreterContainer? Container { get; set; }

    /// <summary>Who may call the tool: <c>direct</c> (the model) and/or <c>programmatic</c> (code run by programmatic tool calling).</summary>
    public IList<string>? AllowedCallers { get; set; }
}
