namespace Responses;

/// <summary>Combines file search filters with <c>and</c> or <c>or</c>.</summary>
public sealed class CompoundFilter : FileSearchFilter
{
    /// <summary>Initializes an <c>and</c> filter (set <see cref="FileSearchFilter.Type"/> to <c>or</c> for the other kind).</summary>
    public CompoundFilter()
        : base(FileSearchFilterTypes.And)
    {
    }

    /// <summary>The combined filters (comparisons or compounds).</summary>
    public IList<FileSearchFilter> Filters { get; set; } = [];

    /// <summary>Creates an <c>and</c> filter.</summary>
    /// <param name="filters">The filters that must all match.</param>
    /// <returns>The filter.</returns>
    public static CompoundFilter And(params IEnumerable<FileSearchFilter> filters) =>
        new() { Type = FileSearchFilterTypes.And, Filters = [.. filters] };

    /// <summary>Creates an <c>or</c> filter.</summary>
    /// <param name="filters">The filters of which one must match.</param>
    /// <returns>The filter.</returns>
    public static CompoundFilter Or(params IEnumerable<FileSearchFilter> filters) =>
        new() { Type = FileSearchFilterTypes.Or, Filters = [.. filters] };
}
