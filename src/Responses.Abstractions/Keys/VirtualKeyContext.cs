namespace Responses;

/// <summary>
/// The virtual key of the current gateway call, flowing with the async context like <see cref="ResponsesCallContext"/>:
/// the seam through which middleware (budgets, rate limits, cost) reads the caller's limits without new parameters
/// on <see cref="IResponsesClient"/>. <see langword="null"/> for the master key or an open gateway.
/// </summary>
public static class VirtualKeyContext
{
    private static readonly AsyncLocal<VirtualKey?> CurrentKey = new();

    /// <summary>The key of the current call, or <see langword="null"/>.</summary>
    public static VirtualKey? Current => CurrentKey.Value;

    /// <summary>Sets <see cref="Current"/> until the returned scope is disposed.</summary>
    /// <param name="key">The key, or <see langword="null"/>.</param>
    /// <returns>The scope.</returns>
    public static IDisposable BeginScope(VirtualKey? key)
    {
        VirtualKey? previous = CurrentKey.Value;
        CurrentKey.Value = key;
        return new Scope(previous);
    }

    private sealed class Scope(VirtualKey? previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                CurrentKey.Value = previous;
            }
        }
    }
}
