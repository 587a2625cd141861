namespace Responses.Providers.Routing;

/// <summary>Builds the client of one provider prefix.</summary>
/// <param name="model">The model name after the prefix (<c>llama-3.3-70b</c> for <c>groq/llama-3.3-70b</c>), used as the client's default model.</param>
/// <param name="settings">The settings given with the model.</param>
/// <returns>The client.</returns>
public delegate IResponsesClient ProviderBuilder(string model, ProviderSettings settings);
