using System.Collections.Frozen;
using System.Text.Json;

namespace Responses.Providers.Middleware.Cost;

/// <summary>
/// Model prices by model id. <see cref="Default"/> is the maintained table shipped with the library
/// (<c>model_prices.json</c>: provenance and date in <see cref="Source"/> and <see cref="AsOf"/>). Lookups accept
/// <c>provider/model</c>, the bare model, dated snapshots (<c>-2024-08-06</c>, <c>-20250929</c>, <c>@20250929</c>)
/// and Bedrock / Vertex AI ids, which map to the same entry.
/// </summary>
public sealed class ModelPriceTable
{
    private const string ResourceName = "Responses.Providers.Middleware.Cost.model_prices.json";
    private static readonly Lazy<ModelPriceTable> DefaultTable = new(LoadDefault);

    private readonly FrozenDictionary<string, ModelPrice> _prices;

    /// <summary>Initializes a table from prices by model id (ids are matched case-insensitively).</summary>
    /// <param name="prices">The prices.</param>
    /// <param name="source">Where the prices come from.</param>
    /// <param name="asOf">When they were taken.</param>
    public ModelPriceTable(IEnumerable<KeyValuePair<string, ModelPrice>> prices, string? source = null, string? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(prices);
        _prices = prices.ToFrozenDictionary(p => p.Key.ToLowerInvariant(), p => p.Value, StringComparer.OrdinalIgnoreCase);
        Source = source;
        AsOf = asOf;
    }

    /// <summary>The built-in table.</summary>
    public static ModelPriceTable Default => DefaultTable.Value;

    /// <summary>An empty table (every model unknown).</summary>
    public static ModelPriceTable Empty { get; } = new([]);

    /// <summary>Where the prices come from.</summary>
    public string? Source { get; }

    /// <summary>The date the prices were taken (ISO 8601).</summary>
    public string? AsOf { get; }

    /// <summary>The model ids with a price (aliases included).</summary>
    public IEnumerable<string> ModelIds => _prices.Keys;

    /// <summary>Finds the price of a model.</summary>
    /// <param name="provider">The provider (<c>openai</c>, <c>anthropic</c>, <c>bedrock</c>…), or <see langword="null"/>.</param>
    /// <param name="model">The model id as the request or response names it.</param>
    /// <param name="price">The price when found.</param>
    /// <returns>Whether a price was found.</returns>
    public bool TryGetPrice(string? provider, string model, out ModelPrice price)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (string candidate in Cost.ModelIds.Candidates(provider, model))
        {
            if (_prices.TryGetValue(candidate, out ModelPrice? found))
            {
                price = found;
                return true;
            }
        }

        price = null!;
        return false;
    }

    /// <summary>Reads a table in the format of the built-in one: <c>{"_provenance": {...}, "models": {"id": {LiteLLM keys…, "aliases": [...]}}}</c>.</summary>
    /// <param name="json">The UTF-8 JSON.</param>
    /// <returns>The table.</returns>
    public static ModelPriceTable Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using JsonDocument document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        JsonElement root = document.RootElement;
        var prices = new Dictionary<string, ModelPrice>(StringComparer.OrdinalIgnoreCase);
        if (root.TryGetProperty("models", out JsonElement models) && models.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty model in models.EnumerateObject())
            {
                if (ModelPrice.FromJson(model.Value) is not { } price)
                {
                    continue;
                }

                prices[model.Name] = price;
                if (model.Value.TryGetProperty("aliases", out JsonElement aliases) && aliases.ValueKind == JsonValueKind.Array)
                {
                    foreach (JsonElement alias in aliases.EnumerateArray())
                    {
                        prices.TryAdd(alias.GetString()!, price);
                    }
                }
            }
        }

        string? source = null, asOf = null;
        if (root.TryGetProperty("_provenance", out JsonElement provenance) && provenance.ValueKind == JsonValueKind.Object)
        {
            source = provenance.TryGetProperty("source", out JsonElement s) ? s.GetString() : null;
            asOf = provenance.TryGetProperty("as_of", out JsonElement a) ? a.GetString() : null;
        }

        return new ModelPriceTable(prices, source, asOf);
    }

    private static ModelPriceTable LoadDefault()
    {
        using Stream stream = typeof(ModelPriceTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded price table '{ResourceName}' is missing.");
        return Load(stream);
    }
}
