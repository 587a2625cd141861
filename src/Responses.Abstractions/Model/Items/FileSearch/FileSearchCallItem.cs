namespace Responses;

/// <summary>A file search tool call and its results.</summary>
public sealed class FileSearchCallItem : ResponseItem
{
    /// <summary>Initializes an empty file search call.</summary>
    public FileSearchCallItem()
        : base(ResponseItemTypes.FileSearchCall)
    {
    }

    /// <summary>The status: <c>in_progress</c>, <c>searching</c>, <c>completed</c>, <c>incomplete</c> or <c>failed</c>.</summary>
    public ItemStatus? Status { get; set; }

    /// <summary>The queries used to search for files.</summary>
    public IList<string> Queries { get; set; } = [];

    /// <summary>The results, when requested with <c>include</c>.</summary>
    public IList<FileSearchResult>? Results { get; set; }
}
