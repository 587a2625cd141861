using System.Runtime.CompilerServices;

namespace Responses.Providers.Middleware.LoadBalancing;

/// <summary>Reads and changes by response id go to the deployment that produced the response; an id this balancer does not know is looked for on each deployment in turn (a 404 moves on).</summary>
public sealed partial class LoadBalancingResponsesClient
{
    /// <inheritdoc />
    public Task<Response> GetResponseAsync(string responseId, GetResponseOptions? options = null, CancellationToken cancellationToken = default) =>
        ByIdAsync(responseId, client => client.GetResponseAsync(responseId, options, cancellationToken));

    /// <inheritdoc />
    public async Task<DeleteResponseResult> DeleteResponseAsync(string responseId, CancellationToken cancellationToken = default)
    {
        DeleteResponseResult result = await ByIdAsync(responseId, client => client.DeleteResponseAsync(responseId, cancellationToken)).ConfigureAwait(false);
        _owners.Forget(responseId);
        return result;
    }

    /// <inheritdoc />
    public Task<Response> CancelResponseAsync(string responseId, CancellationToken cancellationToken = default) =>
        ByIdAsync(responseId, client => client.CancelResponseAsync(responseId, cancellationToken));

    /// <inheritdoc />
    public Task<ResponseItemList> ListInputItemsAsync(string responseId, ListInputItemsOptions? options = null, CancellationToken cancellationToken = default) =>
        ByIdAsync(responseId, client => client.ListInputItemsAsync(responseId, options, cancellationToken));

    /// <inheritdoc />
    public async IAsyncEnumerable<ResponseStreamEvent> GetResponseStreamingAsync(string responseId, GetResponseOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(responseId);
        IAsyncEnumerator<ResponseStreamEvent>? found = null;
        bool hasFirst = false;
        ResponsesException? notFound = null;
        foreach (DeploymentState state in Candidates(responseId))
        {
            IAsyncEnumerator<ResponseStreamEvent> events = state.Deployment.Client.GetResponseStreamingAsync(responseId, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
            try
            {
                hasFirst = await events.MoveNextAsync().ConfigureAwait(false);
                found = events;
                _owners.Remember(responseId, state);
                break;
            }
            catch (ResponsesException ex) when (ex.StatusCode == 404)
            {
                notFound = ex;
                await events.DisposeAsync().ConfigureAwait(false);
            }
        }

        if (found is null)
        {
            throw notFound!;
        }

        await using (found.ConfigureAwait(false))
        {
            if (!hasFirst)
            {
                yield break;
            }

            yield return found.Current;
            while (await found.MoveNextAsync().ConfigureAwait(false))
            {
                yield return found.Current;
            }
        }
    }

    private async Task<T> ByIdAsync<T>(string responseId, Func<IResponsesClient, Task<T>> call)
    {
        ArgumentException.ThrowIfNullOrEmpty(responseId);
        ResponsesException? notFound = null;
        foreach (DeploymentState state in Candidates(responseId))
        {
            try
            {
                T result = await call(state.Deployment.Client).ConfigureAwait(false);
                _owners.Remember(responseId, state);
                return result;
            }
            catch (ResponsesException ex) when (ex.StatusCode == 404)
            {
                notFound = ex;
            }
        }

        throw notFound!;
    }

    // The owner alone when known; otherwise every deployment in order.
    private DeploymentState[] Candidates(string responseId) =>
        _owners.Find(responseId) is { } owner ? [owner] : _states;
}
