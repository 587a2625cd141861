namespace Responses.Providers.Routing;

/// <summary>
/// Builds an <see cref="IResponsesClient"/> from a LiteLLM-style model string (<c>provider/model</c>) and its settings.
/// A registry of prefix → <see cref="ProviderBuilder"/>: <see cref="CreateDefault"/> holds the built-in providers
/// (<see cref="BuiltInProviders"/>), and other packages or callers register theirs (<c>gemini</c>, <c>bedrock</c>…) with
/// <see cref="Register"/>.
/// </summary>
public sealed class ResponsesProviderFactory
{
    private readonly Dictionary<string, ProviderBuilder> _builders = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The registered prefixes, sorted.</summary>
    public IReadOnlyList<string> Prefixes => [.. _builders.Keys.Order(StringComparer.Ordinal)];

    /// <summary>A factory with every built-in provider registered.</summary>
    /// <returns>The factory.</returns>
    public static ResponsesProviderFactory CreateDefault()
    {
        var factory = new ResponsesProviderFactory();
        BuiltInProviders.RegisterAll(factory);
        CloudProviders.RegisterAll(factory);
        return factory;
    }

    /// <summary>Registers (or replaces) the builder of a prefix.</summary>
    /// <param name="prefix">The prefix without the slash (<c>gemini</c>).</param>
    /// <param name="builder">Builds the client.</param>
    /// <returns>This factory.</returns>
    public ResponsesProviderFactory Register(string prefix, ProviderBuilder builder)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        ArgumentNullException.ThrowIfNull(builder);
        if (prefix.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException("A prefix has no '/'.", nameof(prefix));
        }

        _builders[prefix] = builder;
        return this;
    }

    /// <summary>Whether a prefix is registered.</summary>
    /// <param name="prefix">The prefix.</param>
    /// <returns><see langword="true"/> when registered.</returns>
    public bool IsRegistered(string prefix) => _builders.ContainsKey(prefix);

    /// <summary>Builds the client of a model string.</summary>
    /// <param name="model">The model string, <c>provider/model</c> (the model part may itself hold slashes: <c>openrouter/meta-llama/llama-3.3-70b</c>).</param>
    /// <param name="settings">The settings; none when <see langword="null"/>.</param>
    /// <returns>The client, with the model part as its default model.</returns>
    /// <exception cref="ArgumentException">The string has no prefix, the prefix is unknown, or a required setting is missing.</exception>
    public IResponsesClient Create(string model, ProviderSettings? settings = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(model);
        int slash = model.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == model.Length - 1)
        {
            throw new ArgumentException($"'{model}' names no provider: use 'provider/model' with one of: {string.Join(", ", Prefixes)}.", nameof(model));
        }

        string prefix = model[..slash];
        if (!_builders.TryGetValue(prefix, out ProviderBuilder? builder))
        {
            throw new ArgumentException($"Unknown provider prefix '{prefix}/' in '{model}'. Known prefixes: {string.Join(", ", Prefixes)}; register others with Register.", nameof(model));
        }

        return builder(model[(slash + 1)..], settings ?? new ProviderSettings());
    }
}
