namespace Responses;

/// <summary>Options of reasoning models (<c>reasoning</c>).</summary>
public sealed class ReasoningOptions : WireObject
{
    /// <summary>How much the model reasons: <c>none</c>, <c>minimal</c>, <c>low</c>, <c>medium</c>, <c>high</c>, <c>xhigh</c> or <c>max</c>.</summary>
    public ReasoningEffort? Effort { get; set; }

    /// <summary>The reasoning summary to produce: <c>auto</c>, <c>concise</c> or <c>detailed</c>.</summary>
    [WireRequired]
    public string? Summary { get; set; }

    /// <summary>Deprecated: use <see cref="Summary"/>.</summary>
    public string? GenerateSummary { get; set; }

    /// <summary>The reasoning mode, for example <c>standard</c> or <c>pro</c>.</summary>
    public string? Mode { get; set; }

    /// <summary>Which earlier reasoning the model sees: <c>auto</c>, <c>current_turn</c> or <c>all_turns</c>.</summary>
    public string? Context { get; set; }
}
