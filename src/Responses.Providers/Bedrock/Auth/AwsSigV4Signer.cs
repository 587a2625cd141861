using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Responses.Providers.Bedrock.Auth;

/// <summary>
/// AWS Signature Version 4 for plain <see cref="HttpRequestMessage"/>s (the AWS SDK's signer works on its own
/// request type only). Signs <c>content-type</c>, <c>host</c>, <c>x-amz-content-sha256</c>, <c>x-amz-date</c>,
/// <c>x-amz-security-token</c> and any <c>x-amz-*</c> header already set, as botocore does for Bedrock. The
/// canonical path URI-encodes each segment of the already-escaped path once more (every service but S3).
/// </summary>
public static class AwsSigV4Signer
{
    private const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>Signs a request in place: sets <c>X-Amz-Date</c>, <c>x-amz-content-sha256</c>, the session token and <c>Authorization</c>.</summary>
    /// <param name="request">The request; its URI must be absolute.</param>
    /// <param name="body">The exact body bytes that will be sent.</param>
    /// <param name="credentials">The credentials.</param>
    /// <param name="region">The region, for example <c>us-east-1</c>.</param>
    /// <param name="service">The signing name, <c>bedrock</c> for the Bedrock runtime.</param>
    /// <param name="now">The signing time (UTC).</param>
    /// <returns>The signature and its intermediate values.</returns>
    public static AwsSigV4Signature Sign(HttpRequestMessage request, ReadOnlySpan<byte> body, AwsCredentials credentials, string region, string service, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        Uri uri = request.RequestUri ?? throw new ArgumentException("The request needs an absolute URI.", nameof(request));
        string amzDate = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        string date = amzDate[..8];
        string payloadHash = Convert.ToHexStringLower(SHA256.HashData(body));

        Set(request, "X-Amz-Date", amzDate);
        Set(request, "x-amz-content-sha256", payloadHash);
        if (credentials.SessionToken is { Length: > 0 } token)
        {
            Set(request, "X-Amz-Security-Token", token);
        }

        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}",
        };
        if (request.Content?.Headers.ContentType is { } contentType)
        {
            headers["content-type"] = contentType.ToString();
        }

        foreach (KeyValuePair<string, IEnumerable<string>> header in request.Headers)
        {
            if (header.Key.StartsWith("x-amz-", StringComparison.OrdinalIgnoreCase))
            {
                headers[header.Key.ToLowerInvariant()] = string.Join(',', header.Value.Select(v => v.Trim()));
            }
        }

        string signedHeaders = string.Join(';', headers.Keys);
        var canonical = new StringBuilder(512)
            .Append(request.Method.Method).Append('\n')
            .Append(CanonicalPath(uri)).Append('\n')
            .Append(CanonicalQuery(uri)).Append('\n');
        foreach (KeyValuePair<string, string> header in headers)
        {
            canonical.Append(header.Key).Append(':').Append(header.Value).Append('\n');
        }

        canonical.Append('\n').Append(signedHeaders).Append('\n').Append(payloadHash);
        string canonicalRequest = canonical.ToString();
        string scope = $"{date}/{region}/{service}/aws4_request";
        string stringToSign = $"{Algorithm}\n{amzDate}\n{scope}\n{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";

        byte[] key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + credentials.SecretAccessKey), Encoding.UTF8.GetBytes(date));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(region));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(service));
        key = HMACSHA256.HashData(key, "aws4_request"u8);
        string signature = Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
        string authorization = $"{Algorithm} Credential={credentials.AccessKeyId}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return new AwsSigV4Signature(canonicalRequest, stringToSign, signature, authorization, amzDate, payloadHash);
    }

    private static void Set(HttpRequestMessage request, string name, string value)
    {
        request.Headers.Remove(name);
        request.Headers.TryAddWithoutValidation(name, value);
    }

    // Each segment of the path as sent (already percent-encoded) is encoded again: "%3A" becomes "%253A".
    private static string CanonicalPath(Uri uri)
    {
        string path = uri.AbsolutePath;
        if (path.Length == 0)
        {
            return "/";
        }

        return string.Join('/', path.Split('/').Select(Encode));
    }

    private static string CanonicalQuery(Uri uri)
    {
        string query = uri.Query.TrimStart('?');
        if (query.Length == 0)
        {
            return string.Empty;
        }

        return string.Join('&', query.Split('&')
            .Select(p =>
            {
                int eq = p.IndexOf('=', StringComparison.Ordinal);
                string name = Uri.UnescapeDataString(eq < 0 ? p : p[..eq]);
                string value = eq < 0 ? string.Empty : Uri.UnescapeDataString(p[(eq + 1)..]);
                return (Name: Encode(name), Value: Encode(value));
            })
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={p.Value}"));
    }

    // RFC 3986 unreserved characters stay; everything else is %XX with upper-case hex.
    private static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (byte b in Encoding.UTF8.GetBytes(value))
        {
            char c = (char)b;
            if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
