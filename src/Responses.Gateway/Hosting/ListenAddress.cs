using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;

namespace Responses.Gateway.Hosting;

/// <summary>
/// Where the gateway listens: ASP.NET's <c>urls</c> when given, else <c>http://{host}:{port}</c> from <c>--host</c>
/// and <c>--port</c> over the default <c>http://127.0.0.1:4000</c>. Without a master key only loopback addresses are allowed.
/// </summary>
internal static class ListenAddress
{
    public const string Default = "http://127.0.0.1:4000";

    public static string Resolve(IConfiguration configuration, bool loopbackOnly, string defaultUrl = Default)
    {
        string urls;
        if (configuration["urls"] is { Length: > 0 } configured)
        {
            urls = configured;
        }
        else
        {
            var uri = new UriBuilder(defaultUrl);
            if (configuration["host"] is { Length: > 0 } host)
            {
                uri.Host = host;
            }

            if (configuration["port"] is { Length: > 0 } port)
            {
                uri.Port = int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out int p) && p <= 65535
                    ? p
                    : throw new GatewayConfigException($"--port '{port}' is not a port number.");
            }

            urls = uri.Uri.ToString().TrimEnd('/');
        }

        if (loopbackOnly)
        {
            foreach (string url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!IsLoopback(url))
                {
                    throw new GatewayConfigException(
                        $"Refusing to listen on '{url}' without general_settings.master_key: an open gateway binds loopback only (127.0.0.1, ::1, localhost). Set a master key to listen elsewhere.");
                }
            }
        }

        return urls;
    }

    private static bool IsLoopback(string url)
    {
        // Kestrel's wildcard forms (http://*:4000, http://+:4000) are not valid URIs: read the host by hand.
        string rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        string host = rest.StartsWith('[') ? rest[1..rest.IndexOf(']', StringComparison.Ordinal)] : rest.Split(':', '/')[0];
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out IPAddress? ip) && IPAddress.IsLoopback(ip));
    }
}
