using System.Text;

namespace Responses.Providers.Middleware.Mcp;

/// <summary>
/// The function names under which MCP tools are shown to the model: <c>{server_label}__{tool}</c>, reduced to the
/// characters and length every provider accepts (<c>[A-Za-z0-9_-]</c>, 64). A name that would collide gets a numeric
/// suffix; the map from function name back to (server, tool) is what decides, never parsing the name.
/// </summary>
internal sealed class McpFunctionNames
{
    private const int MaxLength = 64;
    private readonly Dictionary<string, (string ServerLabel, string ToolName)> _byFunction = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), string> _byTool = [];

    /// <summary>Registers a tool and returns its function name.</summary>
    public string Add(string serverLabel, string toolName)
    {
        if (_byTool.TryGetValue((serverLabel, toolName), out string? existing))
        {
            return existing;
        }

        string baseName = Sanitize(serverLabel + "__" + toolName);
        string name = baseName;
        for (int n = 2; _byFunction.ContainsKey(name); n++)
        {
            string suffix = "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            name = string.Concat(baseName.AsSpan(0, Math.Min(baseName.Length, MaxLength - suffix.Length)), suffix);
        }

        _byFunction[name] = (serverLabel, toolName);
        _byTool[(serverLabel, toolName)] = name;
        return name;
    }

    /// <summary>The function name of a tool, registering it when it is not known yet (a call in the history of a tool no longer listed).</summary>
    public string NameOf(string serverLabel, string toolName) => Add(serverLabel, toolName);

    /// <summary>Finds the MCP tool behind a function name.</summary>
    public bool TryResolve(string functionName, out string serverLabel, out string toolName)
    {
        if (_byFunction.TryGetValue(functionName, out var tool))
        {
            (serverLabel, toolName) = tool;
            return true;
        }

        serverLabel = toolName = string.Empty;
        return false;
    }

    private static string Sanitize(string name)
    {
        var builder = new StringBuilder(Math.Min(name.Length, MaxLength));
        foreach (char c in name)
        {
            if (builder.Length == MaxLength)
            {
                break;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_');
        }

        return builder.ToString();
    }
}
