namespace Responses;

/// <summary>The log probability of an output token, with the most likely alternatives.</summary>
public sealed class LogProb : WireObject
{
    /// <summary>The token.</summary>
    public string? Token { get; set; }

    /// <summary>The log probability of the token.</summary>
    public double Logprob { get; set; }

    /// <summary>The UTF-8 bytes of the token.</summary>
    public IList<int> Bytes { get; set; } = [];

    /// <summary>The most likely tokens at this position.</summary>
    public IList<TopLogProb> TopLogprobs { get; set; } = [];
}
