namespace Responses;

/// <summary>Ranking options of file search.</summary>
public sealed class FileSearchRankingOptions : WireObject
{
    /// <summary>The ranker: <c>auto</c> or <c>default-2024-11-15</c>.</summary>
    public string? Ranker { get; set; }

    /// <summary>The minimum score (0 to 1) of a returned result.</summary>
    public double? ScoreThreshold { get; set; }

    /// <summary>Weights of embedding and text matches when hybrid search is on.</summary>
    public FileSearchHybridSearchOptions? HybridSearch { get; set; }
}
