namespace Responses;

/// <summary>The <c>"type"</c> values of <see cref="CustomToolFormat"/>.</summary>
public static class CustomToolFormatTypes
{
    /// <summary><c>text</c>: unconstrained text.</summary>
    public const string Text = "text";

    /// <summary><c>grammar</c>: text matching a grammar.</summary>
    public const string Grammar = "grammar";
}
