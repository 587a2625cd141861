using System.Net;
using System.Net.Sockets;

namespace Responses.Providers.Middleware.Mcp;

/// <summary>
/// Decides which MCP server URLs a request may make this process connect to (SSRF protection). With allowed
/// prefixes configured, a URL must match one of them. Without, only http(s) URLs whose host resolves exclusively to
/// public addresses are allowed: loopback, private (RFC 1918), carrier-grade NAT, link-local (which holds the cloud
/// metadata endpoint 169.254.169.254), unique-local IPv6, multicast, unspecified and reserved addresses are refused.
/// </summary>
public sealed class McpServerUrlPolicy
{
    private readonly List<Uri> _prefixes;
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve;

    /// <summary>Initializes the policy.</summary>
    /// <param name="allowedPrefixes">Allowed URL prefixes; empty for the default address checks.</param>
    /// <param name="resolve">Resolves a host name, or <see langword="null"/> for DNS.</param>
    public McpServerUrlPolicy(IEnumerable<string> allowedPrefixes, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
    {
        ArgumentNullException.ThrowIfNull(allowedPrefixes);
        _prefixes = [];
        foreach (string prefix in allowedPrefixes)
        {
            if (!Uri.TryCreate(prefix, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new ArgumentException($"'{prefix}' is not an absolute http(s) URL prefix.", nameof(allowedPrefixes));
            }

            _prefixes.Add(uri);
        }

        _resolve = resolve ?? Dns.GetHostAddressesAsync;
    }

    /// <summary>Whether an allowlist is configured (then only it decides, and addresses are not checked).</summary>
    public bool HasAllowlist => _prefixes.Count > 0;

    /// <summary>Checks a server URL.</summary>
    /// <param name="serverUrl">The URL from the request.</param>
    /// <param name="cancellationToken">Cancels DNS resolution.</param>
    /// <returns><see langword="null"/> when allowed, otherwise why it is refused.</returns>
    public async Task<string?> CheckAsync(string serverUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(serverUrl);
        if (!Uri.TryCreate(serverUrl, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "only absolute http and https URLs are allowed";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "credentials in the URL are not allowed (use headers or authorization)";
        }

        if (HasAllowlist)
        {
            return _prefixes.Exists(p => Matches(p, uri)) ? null : "the URL matches no allowed server URL prefix";
        }

        IPAddress[] addresses;
        if (IPAddress.TryParse(uri.IdnHost, out IPAddress? literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await _resolve(uri.IdnHost, cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException)
            {
                return $"the host '{uri.Host}' could not be resolved";
            }
        }

        if (addresses.Length == 0)
        {
            return $"the host '{uri.Host}' could not be resolved";
        }

        foreach (IPAddress address in addresses)
        {
            if (IsBlocked(address))
            {
                return $"the host '{uri.Host}' resolves to {address}, a private, loopback, link-local or metadata address";
            }
        }

        return null;
    }

    /// <summary>Whether an address is one a request must not reach without an allowlist.</summary>
    /// <param name="address">The address.</param>
    /// <returns><see langword="true"/> for loopback, private, link-local, metadata and other non-public addresses.</returns>
    public static bool IsBlocked(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> b = stackalloc byte[4];
            address.TryWriteBytes(b, out _);
            return b[0] == 0 // "this network"
                || b[0] == 10 // RFC 1918
                || b[0] == 127
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127) // carrier-grade NAT
                || (b[0] == 169 && b[1] == 254) // link-local, cloud metadata
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) // RFC 1918
                || (b[0] == 192 && b[1] == 0 && b[2] == 0) // IETF protocol assignments (incl. Oracle metadata 192.0.0.192)
                || (b[0] == 192 && b[1] == 168) // RFC 1918
                || (b[0] == 198 && (b[1] == 18 || b[1] == 19)) // benchmarking
                || b[0] >= 224; // multicast, reserved, broadcast
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            Span<byte> b = stackalloc byte[16];
            address.TryWriteBytes(b, out _);
            return address.IsIPv6LinkLocal
                || address.IsIPv6SiteLocal
                || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC // unique local fc00::/7 (incl. AWS metadata fd00:ec2::254)
                || (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B) // NAT64 64:ff9b::/96 can reach IPv4 private space
                || (b[0] == 0x20 && b[1] == 0x02) // 6to4 embeds an IPv4 address
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00); // Teredo
        }

        return true;
    }

    /// <summary>
    /// A connect callback for <see cref="SocketsHttpHandler.ConnectCallback"/> that, without an allowlist, resolves the
    /// host again and connects only to an address that passes <see cref="IsBlocked"/> (so a DNS answer cannot change
    /// between the check and the connection).
    /// </summary>
    /// <returns>The callback.</returns>
    public Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> CreateConnectCallback() => async (context, cancellationToken) =>
    {
        string host = context.DnsEndPoint.Host;
        IPAddress[] addresses = IPAddress.TryParse(host, out IPAddress? literal)
            ? [literal]
            : await _resolve(host, cancellationToken).ConfigureAwait(false);
        if (!HasAllowlist && Array.Exists(addresses, IsBlocked))
        {
            throw new HttpRequestException($"The MCP server host '{host}' resolves to a non-public address.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    };

    private static bool Matches(Uri prefix, Uri candidate)
    {
        if (!string.Equals(prefix.Scheme, candidate.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(prefix.IdnHost, candidate.IdnHost, StringComparison.OrdinalIgnoreCase)
            || prefix.Port != candidate.Port)
        {
            return false;
        }

        string path = prefix.AbsolutePath;
        string candidatePath = candidate.AbsolutePath;
        if (path.EndsWith('/'))
        {
            return candidatePath.StartsWith(path, StringComparison.Ordinal) || candidatePath + "/" == path;
        }

        // A prefix without a trailing slash matches itself and what is below it, not "/mcp-evil" for "/mcp".
        return candidatePath == path || candidatePath.StartsWith(path + "/", StringComparison.Ordinal);
    }
}
