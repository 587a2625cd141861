using System.Text;

namespace Responses.Gateway.Tests;

/// <summary>
/// A curl command line read as a shell would (quotes, backslash-newline), so documentation examples run verbatim:
/// <c>-X/--request</c>, <c>--url</c> or a bare URL, <c>-H/--header</c>, <c>-d/--data</c>; <c>-L/--location</c> is accepted.
/// </summary>
internal sealed record CurlCommand(HttpMethod Method, Uri Url, IReadOnlyList<(string Name, string Value)> Headers, string? Data)
{
    public static CurlCommand Parse(string command)
    {
        List<string> words = Words(command);
        if (words.Count == 0 || words[0] != "curl")
        {
            throw new FormatException("Not a curl command.");
        }

        string? method = null, url = null, data = null;
        var headers = new List<(string, string)>();
        for (int i = 1; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "-X" or "--request":
                    method = words[++i];
                    break;
                case "--url":
                    url = words[++i];
                    break;
                case "-H" or "--header":
                    string header = words[++i];
                    int colon = header.IndexOf(':', StringComparison.Ordinal);
                    headers.Add((header[..colon].Trim(), header[(colon + 1)..].Trim()));
                    break;
                case "-d" or "--data" or "--data-raw":
                    data = words[++i];
                    break;
                case "-L" or "--location" or "-s":
                    break;
                case var word when word.StartsWith("http", StringComparison.Ordinal):
                    url = word;
                    break;
                case var word:
                    throw new FormatException($"Unsupported curl option '{word}'.");
            }
        }

        method ??= data is null ? "GET" : "POST";
        return new CurlCommand(new HttpMethod(method), new Uri(url ?? throw new FormatException("No URL.")), headers, data);
    }

    /// <summary>The request against the gateway: only the scheme, host and port (and <paramref name="basePath"/>) change.</summary>
    public HttpRequestMessage ToRequest(Uri gateway, string basePath = "")
    {
        string path = Url.PathAndQuery;
        if (basePath.Length > 0)
        {
            path.Should().StartWith(basePath);
            path = path[basePath.Length..];
        }

        var request = new HttpRequestMessage(Method, new Uri(gateway, path));
        string? contentType = null;
        foreach ((string name, string value) in Headers)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value).Should().BeTrue(name);
            }
        }

        if (Data is not null)
        {
            request.Content = new StringContent(Data, Encoding.UTF8);
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType ?? "application/x-www-form-urlencoded");
        }

        return request;
    }

    private static List<string> Words(string command)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        bool inWord = false;
        for (int i = 0; i < command.Length; i++)
        {
            char c = command[i];
            if (c == '\\' && i + 1 < command.Length && command[i + 1] is '\n' or '\r')
            {
                i += command[i + 1] == '\r' && i + 2 < command.Length && command[i + 2] == '\n' ? 2 : 1;
            }
            else if (c == '\'')
            {
                int end = command.IndexOf('\'', i + 1);
                current.Append(command, i + 1, end - i - 1);
                i = end;
                inWord = true;
            }
            else if (c == '"')
            {
                int end = command.IndexOf('"', i + 1);
                current.Append(command, i + 1, end - i - 1);
                i = end;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(current.ToString());
                    current.Clear();
                    inWord = false;
                }
            }
            else
            {
                current.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
