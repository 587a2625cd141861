namespace Responses.Providers.Routing;

/// <summary>What a chat-completions prefix defaults to: its endpoint and the environment variables of its key and base.</summary>
/// <param name="Prefix">The prefix.</param>
/// <param name="DefaultBase">The endpoint when none is given (<c>/v1</c> included); <see langword="null"/> when a base is required.</param>
/// <param name="KeyVariables">Environment variables of the key, in order.</param>
/// <param name="BaseVariables">Environment variables of the base, in order.</param>
public sealed record ChatCompletionsProviderDefaults(string Prefix, Uri? DefaultBase, IReadOnlyList<string> KeyVariables, IReadOnlyList<string> BaseVariables);
