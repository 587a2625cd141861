namespace Responses;

/// <summary>One of the most likely tokens at a position.</summary>
public sealed class TopLogProb : WireObject
{
    /// <summary>The token.</summary>
    public string? Token { get; set; }

    /// <summary>The log probability of the token.</summary>
    public double Logprob { get; set; }

    /// <summary>The UTF-8 bytes of the token.</summary>
    public IList<int> Bytes { get; set; } = [];
}
