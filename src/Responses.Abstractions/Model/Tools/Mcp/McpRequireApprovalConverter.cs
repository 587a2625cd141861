namespace Responses;

/// <summary>Reads and writes <see cref="McpRequireApproval"/> as a string or a filter object.</summary>
public sealed class McpRequireApprovalConverter : WireStringOrValueConverter<McpRequireApproval, McpApprovalFilter>
{
    /// <summary>Initializes the converter.</summary>
    public McpRequireApprovalConverter()
        : base("'require_approval'")
    {
    }

    /// <inheritdoc />
    protected override McpRequireApproval FromString(string value) => new(value);

    /// <inheritdoc />
    protected override McpRequireApproval FromValue(McpApprovalFilter value) => new(value);

    /// <inheritdoc />
    protected override string? StringOf(McpRequireApproval union) => union.Mode;

    /// <inheritdoc />
    protected override McpApprovalFilter? ValueOf(McpRequireApproval union) => union.Filter;
}
