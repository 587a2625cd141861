namespace Responses;

/// <summary>Options of a text response (<c>text</c>): the output format and the verbosity.</summary>
public sealed class ResponseTextOptions : WireObject
{
    /// <summary>The output format: plain text (the default), a JSON object or JSON matching a schema.</summary>
    public ResponseTextFormat? Format { get; set; }

    /// <summary>How verbose the answer is: <c>low</c>, <c>medium</c> (the default) or <c>high</c>.</summary>
    public TextVerbosity? Verbosity { get; set; }
}
