using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Responses.Providers.Bedrock.Auth;
using Responses.Testing;

namespace Responses.Providers.Tests.Bedrock;

public sealed class SigV4Tests
{
    [Fact]
    public void The_Converse_vector_matches_botocore_exactly()
    {
        JsonElement vector = Fixtures.ReadJson("wire/sigv4-bedrock-runtime-converse-vector.json");
        JsonElement request = vector.GetProperty("request");
        using var message = new HttpRequestMessage(HttpMethod.Post, request.GetProperty("url").GetString());
        byte[] body = Encoding.UTF8.GetBytes(request.GetProperty("body").GetString()!);
        message.Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };

        AwsSigV4Signature signature = Sign(vector, message, body);

        JsonElement expected = vector.GetProperty("expected");
        signature.CanonicalRequest.Should().Be(expected.GetProperty("canonicalRequest").GetString());
        signature.StringToSign.Should().Be(expected.GetProperty("stringToSign").GetString());
        signature.Authorization.Should().Be(expected.GetProperty("Authorization").GetString());
        signature.AmzDate.Should().Be(expected.GetProperty("X-Amz-Date").GetString());
        signature.PayloadHash.Should().Be(request.GetProperty("headers").GetProperty("x-amz-content-sha256").GetString());
        message.Headers.GetValues("X-Amz-Security-Token").Single().Should().Be(expected.GetProperty("X-Amz-Security-Token").GetString());
        message.Headers.GetValues("Authorization").Single().Should().Be(expected.GetProperty("Authorization").GetString());
    }

    [Fact]
    public void The_mantle_vector_matches_exactly()
    {
        JsonElement vector = Fixtures.ReadJson("wire/sigv4-bedrock-mantle-vector.json");
        JsonElement request = vector.GetProperty("request");
        using var message = new HttpRequestMessage(HttpMethod.Post, request.GetProperty("url").GetString());
        byte[] body = Encoding.UTF8.GetBytes(request.GetProperty("body").GetString()!);
        message.Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue(request.GetProperty("contentType").GetString()!) } };

        AwsSigV4Signature signature = Sign(vector, message, body);

        JsonElement expected = vector.GetProperty("expected");
        signature.AmzDate.Should().Be(expected.GetProperty("date").GetString());
        signature.PayloadHash.Should().Be(expected.GetProperty("payloadHash").GetString());
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(signature.CanonicalRequest)))
            .Should().Be(expected.GetProperty("canonicalRequestHash").GetString());
        signature.Authorization.Should().Be(expected.GetProperty("authorization").GetString());
    }

    [Fact]
    public void Without_a_session_token_no_security_token_is_signed()
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "https://bedrock-runtime.us-west-2.amazonaws.com/model/m/converse?b=2&a=1");
        AwsSigV4Signature signature = AwsSigV4Signer.Sign(message, "{}"u8, new AwsCredentials("AKID", "secret"), "us-west-2", "bedrock", DateTimeOffset.UnixEpoch);

        message.Headers.Contains("X-Amz-Security-Token").Should().BeFalse();
        signature.Authorization.Should().Contain("SignedHeaders=host;x-amz-content-sha256;x-amz-date,");
        signature.CanonicalRequest.Split('\n')[2].Should().Be("a=1&b=2");
    }

    private static AwsSigV4Signature Sign(JsonElement vector, HttpRequestMessage message, byte[] body)
    {
        JsonElement credentials = vector.GetProperty("credentials");
        return AwsSigV4Signer.Sign(
            message,
            body,
            new AwsCredentials(credentials.GetProperty("accessKeyId").GetString()!, credentials.GetProperty("secretAccessKey").GetString()!, credentials.GetProperty("sessionToken").GetString()),
            vector.GetProperty("region").GetString()!,
            vector.GetProperty("service").GetString()!,
            DateTimeOffset.Parse(vector.GetProperty("signingDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }
}
