using Responses.Providers.Gemini;

namespace Responses.Providers.Tests.Gemini;

/// <summary>A token source that hands out numbered tokens, so tests need no Google account.</summary>
internal sealed class FakeTokenSource : IGoogleAccessTokenSource
{
    public int Calls { get; private set; }

    public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        Calls++;
        return ValueTask.FromResult($"ya29.fake-{Calls}");
    }
}
