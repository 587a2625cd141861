using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Web;
using Responses.Providers.Gemini;
using Responses.Testing;

namespace Responses.Providers.Tests.Gemini;

/// <summary>Vertex AI: endpoint shapes, bearer tokens from the token source, and Google.Apis.Auth service-account credentials against a fake token endpoint.</summary>
public class VertexAITests
{
    private const string Answer = """{"candidates":[{"content":{"role":"model","parts":[{"text":"ok"}]},"finishReason":"STOP","index":0}],"usageMetadata":{"promptTokenCount":1,"candidatesTokenCount":1,"totalTokenCount":2},"modelVersion":"gemini-2.5-flash","responseId":"v1"}""";

    [Theory]
    [InlineData("us-central1", "gemini-2.5-flash", "generateContent", "https://us-central1-aiplatform.googleapis.com/v1/projects/my-proj/locations/us-central1/publishers/google/models/gemini-2.5-flash:generateContent")]
    [InlineData("global", "gemini-2.5-pro", "streamGenerateContent?alt=sse", "https://aiplatform.googleapis.com/v1/projects/my-proj/locations/global/publishers/google/models/gemini-2.5-pro:streamGenerateContent?alt=sse")]
    [InlineData("europe-west1", "anthropic/claude-sonnet-4-5@20250929", "rawPredict", "https://europe-west1-aiplatform.googleapis.com/v1/projects/my-proj/locations/europe-west1/publishers/anthropic/models/claude-sonnet-4-5@20250929:rawPredict")]
    public void Vertex_endpoint_shapes(string location, string model, string method, string expected)
    {
        var options = new GeminiResponsesClientOptions { VertexProject = "my-proj", VertexLocation = location };
        GeminiEndpoints.ModelMethod(options, model, method).AbsoluteUri.Should().Be(expected);
    }

    [Fact]
    public void AI_Studio_endpoint_shape()
    {
        GeminiEndpoints.ModelMethod(new GeminiResponsesClientOptions(), "gemini-2.5-flash", "streamGenerateContent?alt=sse").AbsoluteUri
            .Should().Be("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse");
        GeminiEndpoints.ModelMethod(new GeminiResponsesClientOptions { Endpoint = new Uri("http://proxy:8080") }, "gemini-2.5-flash", "generateContent").AbsoluteUri
            .Should().Be("http://proxy:8080/v1beta/models/gemini-2.5-flash:generateContent");
    }

    [Fact]
    public async Task Vertex_requests_carry_the_bearer_token_and_labels()
    {
        var tokens = new FakeTokenSource();
        await using GeminiHarness harness = await GeminiHarness.StartAsync(o =>
        {
            o.ApiKey = null;
            o.VertexProject = "my-proj";
            o.VertexLocation = "us-central1";
            o.TokenSource = tokens;
        });
        harness.Upstream.Route("POST", "/v1/projects/{project}/locations/{location}/publishers/google/models/{model}:generateContent").Enqueue(UpstreamReply.Json(Answer));
        harness.Upstream.Route("POST", "/v1/projects/{project}/locations/{location}/publishers/google/models/{model}:streamGenerateContent")
            .Enqueue(GeminiHarness.Stream(GeminiWireSynth.ToChunks(Fixtures.ParseElement(Answer))));

        JsonElement response = await harness.CreateAsync(new CreateResponseRequest { Input = "Hi", Metadata = new Dictionary<string, string> { ["team"] = "a" } });
        await harness.StreamAsync(new CreateResponseRequest { Input = "Hi" });

        IReadOnlyList<RecordedRequest> requests = await harness.Upstream.WaitForRequestsAsync(2);
        requests[0].Path.Should().Be("/v1/projects/my-proj/locations/us-central1/publishers/google/models/gemini-2.5-flash:generateContent");
        requests[0].Header("Authorization").Should().Be("Bearer ya29.fake-1");
        requests[0].Header("x-goog-api-key").Should().BeNull();
        requests[0].Json!.Value.GetProperty("labels").GetProperty("team").GetString().Should().Be("a");
        requests[1].PathAndQuery.Should().Be("/v1/projects/my-proj/locations/us-central1/publishers/google/models/gemini-2.5-flash:streamGenerateContent?alt=sse");
        requests[1].Header("Authorization").Should().Be("Bearer ya29.fake-2");
        response.GetProperty("status").GetString().Should().Be("completed");
        harness.Client.GetService<ResponsesClientMetadata>()!.ProviderName.Should().Be("vertex_ai");
    }

    [Fact]
    public async Task A_failing_token_source_is_an_authentication_error()
    {
        await using GeminiHarness harness = await GeminiHarness.StartAsync(o =>
        {
            o.VertexProject = "p";
            o.TokenSource = new ThrowingTokenSource();
        });
        ResponsesException error = (await FluentActions.Awaiting(() => harness.Client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" }))
            .Should().ThrowAsync<ResponsesException>()).Which;
        error.StatusCode.Should().Be(401);
        error.Error!.Type.Should().Be("authentication_error");
        harness.Upstream.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Service_account_json_gets_a_token_with_a_signed_jwt_bearer_assertion()
    {
        await using FakeUpstream google = await FakeUpstream.StartAsync();
        google.Route("POST", "/token").Enqueue(UpstreamReply.Json("""{"access_token":"ya29.from-jwt","expires_in":3600,"token_type":"Bearer"}"""));
        using RSA rsa = RSA.Create(2048);
        string tokenUri = new Uri(google.BaseAddress, "token").AbsoluteUri;
        string json = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["type"] = "service_account",
            ["project_id"] = "throwaway",
            ["private_key_id"] = "key-1",
            ["private_key"] = rsa.ExportPkcs8PrivateKeyPem(),
            ["client_email"] = "sa@throwaway.iam.gserviceaccount.com",
            ["client_id"] = "1234",
            ["token_uri"] = tokenUri,
        });

        GoogleCredentialTokenSource source = GoogleCredentialTokenSource.FromServiceAccountJson(json);
        (await source.GetAccessTokenAsync(CancellationToken.None)).Should().Be("ya29.from-jwt");

        RecordedRequest request = (await google.WaitForRequestsAsync(1))[0];
        var form = HttpUtility.ParseQueryString(request.BodyText);
        form["grant_type"].Should().Be("urn:ietf:params:oauth:grant-type:jwt-bearer");
        string[] jwt = form["assertion"]!.Split('.');
        jwt.Should().HaveCount(3);
        rsa.VerifyData(Encoding.ASCII.GetBytes(jwt[0] + "." + jwt[1]), Base64Url(jwt[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).Should().BeTrue();
        using JsonDocument claims = JsonDocument.Parse(Base64Url(jwt[1]));
        claims.RootElement.GetProperty("iss").GetString().Should().Be("sa@throwaway.iam.gserviceaccount.com");
        // The request goes to the key file's token_uri; Google.Apis.Auth keeps Google's token URL as the audience.
        claims.RootElement.GetProperty("aud").GetString().Should().Be("https://oauth2.googleapis.com/token");
        claims.RootElement.GetProperty("scope").GetString().Should().Be(GoogleCredentialTokenSource.CloudPlatformScope);
    }

    private static byte[] Base64Url(string text)
    {
        string padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }

    private sealed class ThrowingTokenSource : IGoogleAccessTokenSource
    {
        public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("no credentials");
    }
}
