namespace Responses;

/// <summary>A breakdown of output tokens.</summary>
public sealed class OutputTokensDetails : WireObject
{
    /// <summary>Tokens spent on reasoning.</summary>
    public long ReasoningTokens { get; set; }
}
