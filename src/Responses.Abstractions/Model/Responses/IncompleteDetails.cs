namespace Responses;

/// <summary>Why a response is incomplete.</summary>
public sealed class IncompleteDetails : WireObject
{
    /// <summary>The reason: <c>max_output_tokens</c> or <c>content_filter</c>.</summary>
    public string? Reason { get; set; }
}
