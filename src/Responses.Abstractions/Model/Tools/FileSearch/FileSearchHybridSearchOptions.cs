namespace Responses;

/// <summary>Weights of reciprocal rank fusion in hybrid file search.</summary>
public sealed class FileSearchHybridSearchOptions : WireObject
{
    /// <summary>The weight of semantic (embedding) matches.</summary>
    public double? EmbeddingWeight { get; set; }

    /// <summary>The weight of text (keyword) matches.</summary>
    public double? TextWeight { get; set; }
}
