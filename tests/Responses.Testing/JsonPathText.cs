using System.Text;

namespace Responses.Testing;

/// <summary>Builds JSONPath strings (<c>$.a.b[0]['odd key']</c>).</summary>
public static class JsonPathText
{
    /// <summary>The root path.</summary>
    public const string Root = "$";

    /// <summary>Appends a property name to a path.</summary>
    public static string Property(string path, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length > 0 && IsPlain(name))
        {
            return path + "." + name;
        }

        var sb = new StringBuilder(path).Append("['");
        foreach (var c in name)
        {
            if (c is '\'' or '\\')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.Append("']").ToString();
    }

    /// <summary>Appends an array index to a path.</summary>
    public static string Index(string path, int index) => path + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    private static bool IsPlain(string name)
    {
        if (!(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
