using System.Text;
using System.Text.Json;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;
using Responses.Providers.Bedrock.Auth;
using Responses.Testing;

namespace Responses.Providers.Tests.Bedrock;

public sealed class AwsSdkInteropTests
{
    [Fact]
    public void The_aws_sdk_signer_agrees_with_ours_on_the_converse_vector()
    {
        JsonElement vector = Fixtures.ReadJson("wire/sigv4-bedrock-runtime-converse-vector.json");
        JsonElement request = vector.GetProperty("request");
        JsonElement credentials = vector.GetProperty("credentials");
        byte[] body = Encoding.UTF8.GetBytes(request.GetProperty("body").GetString()!);
        DateTime signedAt = DateTime.Parse(vector.GetProperty("signingDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        var sdkRequest = new AWSSigningRequest
        {
            HttpMethod = HttpMethod.Post,
            RequestUri = new Uri(request.GetProperty("url").GetString()!),
            Content = body,
        };
        sdkRequest.Headers["Content-Type"] = "application/json";
        sdkRequest.Headers["x-amz-content-sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body));
        var parameters = new AWSSigV4Parameters
        {
            Credentials = new SessionAWSCredentials(credentials.GetProperty("accessKeyId").GetString(), credentials.GetProperty("secretAccessKey").GetString(), credentials.GetProperty("sessionToken").GetString()),
            Region = RegionEndpoint.USEast1,
            Service = "bedrock",
            SignedAt = signedAt,
        };

        AWSSigningResult sdk = AWSSigV4Signer.Sign(sdkRequest, parameters);

        sdk.Headers["Authorization"].Should().Be(vector.GetProperty("expected").GetProperty("Authorization").GetString());
    }

    [Fact]
    public async Task The_default_credential_chain_reads_environment_credentials()
    {
        // Only this test sets these variables; every other test passes credentials explicitly.
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "AKIDENVIRONMENT");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "secret-from-env");
        Environment.SetEnvironmentVariable("AWS_SESSION_TOKEN", "token-from-env");
        try
        {
            AwsCredentials resolved = await AwsSdkCredentialChain.ResolveAsync(CancellationToken.None);

            resolved.AccessKeyId.Should().Be("AKIDENVIRONMENT");
            resolved.SecretAccessKey.Should().Be("secret-from-env");
            resolved.SessionToken.Should().Be("token-from-env");
            resolved.ToString().Should().NotContain("secret-from-env");
        }
        finally
        {
            Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", null);
            Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", null);
            Environment.SetEnvironmentVariable("AWS_SESSION_TOKEN", null);
        }
    }

    [Fact]
    public void Di_registration_builds_a_bedrock_client()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Responses.Providers.Bedrock.BedrockServiceCollectionExtensions.AddBedrockResponsesClient(services, o =>
        {
            o.Region = "ap-southeast-2";
            o.ApiKey = "k";
        });
        using Microsoft.Extensions.DependencyInjection.ServiceProvider provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);

        IResponsesClient client = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IResponsesClient>(provider);

        client.GetService(typeof(Responses.Providers.Bedrock.BedrockResponsesClient)).Should().NotBeNull();
        ((ResponsesClientMetadata)client.GetService(typeof(ResponsesClientMetadata))!).ProviderUri!.Host.Should().Be("bedrock-runtime.ap-southeast-2.amazonaws.com");
    }
}
