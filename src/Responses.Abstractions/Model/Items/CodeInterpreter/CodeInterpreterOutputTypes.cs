namespace Responses;

/// <summary>The <c>"type"</c> values of <see cref="CodeInterpreterOutput"/>.</summary>
public static class CodeInterpreterOutputTypes
{
    /// <summary><c>logs</c>.</summary>
    public const string Logs = "logs";

    /// <summary><c>image</c>.</summary>
    public const string Image = "image";
}
