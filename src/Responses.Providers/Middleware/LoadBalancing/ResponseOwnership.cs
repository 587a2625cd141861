using System.Collections.Concurrent;

namespace Responses.Providers.Middleware.LoadBalancing;

/// <summary>A bounded map from response id to the deployment that produced it (oldest entries forgotten first).</summary>
internal sealed class ResponseOwnership(int capacity)
{
    private readonly ConcurrentDictionary<string, DeploymentState> _owners = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public void Remember(string? responseId, DeploymentState owner)
    {
        if (string.IsNullOrEmpty(responseId) || capacity <= 0)
        {
            return;
        }

        if (_owners.TryAdd(responseId, owner))
        {
            _order.Enqueue(responseId);
            while (_owners.Count > capacity && _order.TryDequeue(out string? oldest))
            {
                _owners.TryRemove(oldest, out _);
            }
        }
    }

    public DeploymentState? Find(string? responseId) =>
        responseId is not null && _owners.TryGetValue(responseId, out DeploymentState? owner) ? owner : null;

    public void Forget(string responseId) => _owners.TryRemove(responseId, out _);
}
