namespace Responses;

/// <summary>The <c>"type"</c> values of <see cref="FileSearchFilter"/>.</summary>
public static class FileSearchFilterTypes
{
    /// <summary><c>eq</c>: equals.</summary>
    public const string Eq = "eq";

    /// <summary><c>ne</c>: not equal.</summary>
    public const string Ne = "ne";

    /// <summary><c>gt</c>: greater than.</summary>
    public const string Gt = "gt";

    /// <summary><c>gte</c>: greater than or equal.</summary>
    public const string Gte = "gte";

    /// <summary><c>lt</c>: less than.</summary>
    public const string Lt = "lt";

    /// <summary><c>lte</c>: less than or equal.</summary>
    public const string Lte = "lte";

    /// <summary><c>in</c>: in a list.</summary>
    public const string In = "in";

    /// <summary><c>nin</c>: not in a list.</summary>
    public const string Nin = "nin";

    /// <summary><c>and</c>: every filter matches.</summary>
    public const string And = "and";

    /// <summary><c>or</c>: any filter matches.</summary>
    public const string Or = "or";
}
