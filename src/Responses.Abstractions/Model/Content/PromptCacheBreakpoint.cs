namespace Responses;

/// <summary>Marks the exact end of a reusable prompt prefix.</summary>
public sealed class PromptCacheBreakpoint : WireObject
{
    /// <summary>The breakpoint mode (<c>explicit</c>).</summary>
    public string Mode { get; set; } = "explicit";
}
