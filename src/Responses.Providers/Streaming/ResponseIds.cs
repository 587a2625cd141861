using System.Security.Cryptography;

namespace Responses.Providers.Streaming;

/// <summary>Makes ids in OpenAI's style: a prefix (<c>resp</c>, <c>msg</c>, <c>fc</c>, <c>rs</c>…), an underscore and 48 hex digits.</summary>
public static class ResponseIds
{
    /// <summary>A new random id with the given prefix.</summary>
    /// <param name="prefix">The prefix without underscore, for example <c>msg</c>.</param>
    /// <returns>The id.</returns>
    public static string New(string prefix)
    {
        Span<byte> bytes = stackalloc byte[24];
        RandomNumberGenerator.Fill(bytes);
        return string.Concat(prefix, "_", Convert.ToHexStringLower(bytes));
    }
}
