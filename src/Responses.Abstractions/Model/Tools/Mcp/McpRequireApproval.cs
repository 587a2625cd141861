using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// The <c>require_approval</c> of an MCP tool: <c>always</c>, <c>never</c> (or another string) or a
/// <see cref="McpApprovalFilter"/>. The form read from the wire is the form written back.
/// </summary>
[JsonConverter(typeof(McpRequireApprovalConverter))]
public sealed class McpRequireApproval
{
    /// <summary>Initializes the string form.</summary>
    /// <param name="mode">The policy for every tool: <c>always</c> or <c>never</c>.</param>
    public McpRequireApproval(string mode)
    {
        ArgumentNullException.ThrowIfNull(mode);
        Mode = mode;
    }

    /// <summary>Initializes the filter form.</summary>
    /// <param name="filter">Which tools always or never need approval.</param>
    public McpRequireApproval(McpApprovalFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Filter = filter;
    }

    /// <summary>Every tool needs approval.</summary>
    public static McpRequireApproval Always => new("always");

    /// <summary>No tool needs approval.</summary>
    public static McpRequireApproval Never => new("never");

    /// <summary>The policy for every tool, when given as a string; otherwise <see langword="null"/>.</summary>
    public string? Mode { get; }

    /// <summary>The per-tool policy, when given as an object; otherwise <see langword="null"/>.</summary>
    public McpApprovalFilter? Filter { get; }

    /// <summary>Converts a policy string.</summary>
    /// <param name="mode">The policy: <c>always</c> or <c>never</c>.</param>
    public static implicit operator McpRequireApproval(string mode) => new(mode);

    /// <summary>Converts a filter.</summary>
    /// <param name="filter">The filter.</param>
    public static implicit operator McpRequireApproval(McpApprovalFilter filter) => new(filter);

    /// <summary>Creates the string form.</summary>
    /// <param name="mode">The policy: <c>always</c> or <c>never</c>.</param>
    /// <returns>The value.</returns>
    public static McpRequireApproval FromMode(string mode) => new(mode);

    /// <summary>Creates the filter form.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>The value.</returns>
    public static McpRequireApproval FromFilter(McpApprovalFilter filter) => new(filter);
}
