namespace Responses;

/// <summary>Reads and writes <see cref="FileSearchFilter"/> by its <c>"type"</c>.</summary>
public sealed class FileSearchFilterConverter : WirePolymorphicConverter<FileSearchFilter>
{
    /// <summary>Initializes the converter with every type of the specification.</summary>
    public FileSearchFilterConverter()
        : base(new Dictionary<string, Type>
        {
            [FileSearchFilterTypes.Eq] = typeof(ComparisonFilter),
            [FileSearchFilterTypes.Ne] = typeof(ComparisonFilter),
            [FileSearchFilterTypes.Gt] = typeof(ComparisonFilter),
            [FileSearchFilterTypes.Gte] = typeof(ComparisonFilter),
            [FileSearchFilterTypes.Lt] = typeof(ComparisonFilter),
            [FileSearchFilterTypes.Lte] = typeof(ComparisonFilter),
            [FileSearchFilterTypes.In] = typeof(ComparisonFilter),
            [FileSearchFilterTypes.Nin] = typeof(ComparisonFilter),
            [FileSearchFilterTypes.And] = typeof(CompoundFilter),
            [FileSearchFilterTypes.Or] = typeof(CompoundFilter),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownFileSearchFilter);
}
