namespace Responses;

/// <summary>Searches uploaded files in vector stores.</summary>
public sealed class FileSearchTool : ResponseTool
{
    /// <summary>Initializes the tool (<c>file_search</c>).</summary>
    public FileSearchTool()
        : base(ResponseToolTypes.FileSearch)
    {
    }

    /// <summary>The ids of the vector stores to search.</summary>
    public IList<string> VectorStoreIds { get; set; } = [];

    /// <summary>The maximum number of results, 1 to 50.</summary>
    public int? MaxNumResults { get; set; }

    /// <summary>How results are ranked.</summary>
    public FileSearchRankingOptions? RankingOptions { get; set; }

    /// <summary>A filter on file attributes.</summary>
    public FileSearchFilter? Filters { get; set; }
}
