using System.Security.Cryptography;
using System.Text;

namespace Responses;

/// <summary>Hashes virtual keys: stores keep only the hash, so a database leak does not leak usable keys.</summary>
public static class VirtualKeyHash
{
    /// <summary>The lowercase hex SHA-256 of the key's UTF-8 bytes.</summary>
    /// <param name="key">The key as presented (<c>sk-…</c>).</param>
    /// <returns>64 hex characters.</returns>
    public static string Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
