using Responses.Providers.Bedrock.Auth;

namespace Responses.Providers.Bedrock;

/// <summary>Settings of <see cref="BedrockResponsesClient"/>.</summary>
public sealed class BedrockResponsesClientOptions
{
    /// <summary>
    /// The AWS region (for example <c>us-east-1</c>); <see langword="null"/> reads <c>AWS_REGION</c>, then
    /// <c>AWS_DEFAULT_REGION</c>, then uses <c>us-east-1</c>.
    /// </summary>
    public string? Region { get; set; }

    /// <summary>
    /// The runtime endpoint (LiteLLM's <c>api_base</c> / <c>aws_bedrock_runtime_endpoint</c>: a VPC endpoint, a proxy);
    /// <see langword="null"/> uses <c>https://bedrock-runtime.{region}.amazonaws.com</c>.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>
    /// A Bedrock API key, sent as <c>Authorization: Bearer</c> instead of a SigV4 signature;
    /// <see langword="null"/> reads <c>AWS_BEARER_TOKEN_BEDROCK</c> (when that is unset too, requests are signed).
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Fixed AWS credentials for SigV4; <see langword="null"/> uses <see cref="CredentialsProvider"/>.</summary>
    public AwsCredentials? Credentials { get; set; }

    /// <summary>
    /// Resolves credentials for each request when <see cref="Credentials"/> is not set; defaults to the AWS SDK's
    /// credential chain (<see cref="AwsSdkCredentialChain"/>).
    /// </summary>
    public Func<CancellationToken, ValueTask<AwsCredentials>> CredentialsProvider { get; set; } = AwsSdkCredentialChain.ResolveAsync;

    /// <summary>The SigV4 signing name (default <c>bedrock</c>).</summary>
    public string SigningService { get; set; } = "bedrock";

    /// <summary>The model (or inference profile / ARN) used when a request names none.</summary>
    public string? DefaultModel { get; set; }

    /// <summary>
    /// The thinking budget (<c>budget_tokens</c>) of each <c>reasoning.effort</c> for Claude models (sent in
    /// <c>additionalModelRequestFields.thinking</c>). Defaults to the Anthropic provider's table.
    /// </summary>
    public IDictionary<string, int> ThinkingBudgets { get; private set; } = new Dictionary<string, int>(Anthropic.AnthropicModelDefaults.ThinkingBudgets, StringComparer.Ordinal);

    /// <summary>Extra headers sent with every request (they replace headers of the same name; signed when <c>x-amz-*</c>).</summary>
    public IDictionary<string, string> Headers { get; private set; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The clock used for signing (tests pin it).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The provider name reported in metadata and errors (default <c>bedrock</c>).</summary>
    public string ProviderName { get; set; } = "bedrock";

    /// <summary>The region in effect.</summary>
    public string ResolveRegion() =>
        Region is { Length: > 0 } region ? region
        : Environment.GetEnvironmentVariable("AWS_REGION") is { Length: > 0 } env ? env
        : Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION") is { Length: > 0 } fallback ? fallback
        : "us-east-1";

    /// <summary>The endpoint in effect.</summary>
    public Uri ResolveEndpoint() => Endpoint ?? new Uri($"https://bedrock-runtime.{ResolveRegion()}.amazonaws.com/");

    /// <summary>The Bedrock API key in effect, if any.</summary>
    public string? ResolveApiKey() =>
        ApiKey is { Length: > 0 } key ? key : Environment.GetEnvironmentVariable("AWS_BEARER_TOKEN_BEDROCK") is { Length: > 0 } env ? env : null;

    /// <summary>
    /// Options from LiteLLM-style settings (a gateway's <c>litellm_params</c>): <c>aws_region_name</c>,
    /// <c>api_base</c> or <c>aws_bedrock_runtime_endpoint</c>, <c>api_key</c> or <c>aws_bearer_token_bedrock</c>,
    /// <c>aws_access_key_id</c> + <c>aws_secret_access_key</c> (+ <c>aws_session_token</c>). Other keys are left to the
    /// caller; without keys or credentials the environment and the AWS credential chain apply.
    /// </summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The options.</returns>
    public static BedrockResponsesClientOptions FromSettings(IReadOnlyDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string? Get(string name) => settings.TryGetValue(name, out string? value) && !string.IsNullOrEmpty(value) ? value : null;
        var options = new BedrockResponsesClientOptions
        {
            Region = Get("aws_region_name") ?? Get("region"),
            ApiKey = Get("api_key") ?? Get("aws_bearer_token_bedrock"),
        };
        if ((Get("aws_bedrock_runtime_endpoint") ?? Get("api_base")) is { } endpoint)
        {
            options.Endpoint = new Uri(endpoint, UriKind.Absolute);
        }

        if (Get("aws_access_key_id") is { } accessKey)
        {
            string secret = Get("aws_secret_access_key") ?? throw new ArgumentException("aws_access_key_id needs aws_secret_access_key.", nameof(settings));
            options.Credentials = new AwsCredentials(accessKey, secret, Get("aws_session_token"));
        }

        return options;
    }

    /// <summary>A copy, so that one settings object can serve several models.</summary>
    /// <returns>The copy.</returns>
    public BedrockResponsesClientOptions Clone()
    {
        var copy = (BedrockResponsesClientOptions)MemberwiseClone();
        copy.ThinkingBudgets = new Dictionary<string, int>(ThinkingBudgets, StringComparer.Ordinal);
        copy.Headers = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase);
        return copy;
    }
}
