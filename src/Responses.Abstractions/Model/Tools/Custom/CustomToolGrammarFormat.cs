namespace Responses;

/// <summary>Input that must match a grammar.</summary>
public sealed class CustomToolGrammarFormat : CustomToolFormat
{
    /// <summary>Initializes the format (<c>grammar</c>).</summary>
    public CustomToolGrammarFormat()
        : base(CustomToolFormatTypes.Grammar)
    {
    }

    /// <summary>The grammar syntax: <c>lark</c> or <c>regex</c>.</summary>
    public string? Syntax { get; set; }

    /// <summary>The grammar definition.</summary>
    public string? Definition { get; set; }
}
