using System.Text.Json;

namespace Responses;

/// <summary>A result of a file search.</summary>
public sealed class FileSearchResult : WireObject
{
    /// <summary>The ID of the file.</summary>
    public string? FileId { get; set; }

    /// <summary>The text retrieved from the file.</summary>
    public string? Text { get; set; }

    /// <summary>The name of the file.</summary>
    public string? Filename { get; set; }

    /// <summary>The attributes of the file (string, number or boolean values).</summary>
    public IDictionary<string, JsonElement>? Attributes { get; set; }

    /// <summary>The relevance score, between 0 and 1.</summary>
    public double? Score { get; set; }
}
