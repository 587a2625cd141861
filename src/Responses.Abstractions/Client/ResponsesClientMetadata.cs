namespace Responses;

/// <summary>Describes a provider client; ask any client for it with <c>GetService&lt;ResponsesClientMetadata&gt;()</c>.</summary>
/// <param name="providerName">The provider, for example <c>openai</c> or <c>anthropic</c>.</param>
/// <param name="providerUri">The endpoint the client talks to.</param>
/// <param name="defaultModelId">The model used when a request names none.</param>
public sealed class ResponsesClientMetadata(string? providerName = null, Uri? providerUri = null, string? defaultModelId = null)
{
    /// <summary>The provider, for example <c>openai</c> or <c>anthropic</c>.</summary>
    public string? ProviderName { get; } = providerName;

    /// <summary>The endpoint the client talks to.</summary>
    public Uri? ProviderUri { get; } = providerUri;

    /// <summary>The model used when a request names none.</summary>
    public string? DefaultModelId { get; } = defaultModelId;
}
