namespace Responses.Providers.Bedrock.Auth;

/// <summary>The intermediate and final values of one SigV4 signature (kept for tests and diagnostics).</summary>
/// <param name="CanonicalRequest">The canonical request.</param>
/// <param name="StringToSign">The string to sign.</param>
/// <param name="Signature">The hex signature.</param>
/// <param name="Authorization">The <c>Authorization</c> header value.</param>
/// <param name="AmzDate">The <c>X-Amz-Date</c> header value.</param>
/// <param name="PayloadHash">The hex SHA-256 of the body (<c>x-amz-content-sha256</c>).</param>
public sealed record AwsSigV4Signature(string CanonicalRequest, string StringToSign, string Signature, string Authorization, string AmzDate, string PayloadHash);
