using Responses.Providers.Middleware.LoadBalancing;
using Responses.Providers.Tests.Middleware.Resilience;
using Responses.Providers.Tests.OpenAI;
using Responses.Testing;

namespace Responses.Providers.Tests.Middleware.LoadBalancing;

/// <summary>N deployments, each an OpenAI-native client on its own lane of the shared fake, answering with numbered responses.</summary>
internal sealed class Deployments
{
    private int _served;

    public Deployments(OpenAIUpstream upstream, params string[] ids)
    {
        foreach (string id in ids)
        {
            Lane lane = upstream.NewLane();
            lane.Create.Handle(_ => OpenAIReplies.Json($"resp_{id}_{Interlocked.Increment(ref _served)}", $"model-{id}", $"served by {id}"));
            Lanes[id] = lane;
        }
    }

    public Dictionary<string, Lane> Lanes { get; } = new(StringComparer.Ordinal);

    public Lane this[string id] => Lanes[id];

    /// <summary>How many create requests each deployment received.</summary>
    public Dictionary<string, int> Creates() => Lanes.ToDictionary(l => l.Key, l => l.Value.Create.Requests.Count);

    public IEnumerable<ResponsesDeployment> Build(Func<string, ResponsesDeployment, ResponsesDeployment>? configure = null) =>
        Lanes.Select(l =>
        {
            var deployment = new ResponsesDeployment(l.Key, l.Value.Client()) { Model = $"model-{l.Key}" };
            return configure?.Invoke(l.Key, deployment) ?? deployment;
        }).ToList();

    public static ResponsesDeployment With(ResponsesDeployment d, double weight = 1, int? rpm = null, long? tpm = null) =>
        new(d.Id, d.Client) { Model = d.Model, Weight = weight, RequestsPerMinute = rpm, TokensPerMinute = tpm };
}
