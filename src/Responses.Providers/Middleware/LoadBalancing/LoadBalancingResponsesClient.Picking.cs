namespace Responses.Providers.Middleware.LoadBalancing;

public sealed partial class LoadBalancingResponsesClient
{
    // Called under _gate.
    private DeploymentState Pick(DateTimeOffset now)
    {
        List<DeploymentState> available = _states.Where(s => !s.IsCooledDown(now)).ToList();
        if (available.Count == 0)
        {
            throw NoDeployment("every deployment is cooling down", _states.Min(s => s.CooldownUntil) - now);
        }

        List<DeploymentState> withCapacity = available.Where(s => s.HasCapacity(now)).ToList();
        if (withCapacity.Count == 0)
        {
            throw NoDeployment("every deployment is at its requests- or tokens-per-minute limit", available.Min(s => s.CapacityReturnsAt(now)) - now);
        }

        return _options.Strategy switch
        {
            LoadBalancingStrategy.LeastBusy => WeightedRandom(Lowest(withCapacity, s => s.InFlight)),
            LoadBalancingStrategy.LowestLatency => withCapacity.Any(s => s.LatencyMs is null)
                ? WeightedRandom(withCapacity.Where(s => s.LatencyMs is null).ToList())
                : WeightedRandom(Lowest(withCapacity, s => s.LatencyMs!.Value)),
            LoadBalancingStrategy.UsageBased => WeightedRandom(Lowest(withCapacity, s => s.TokensInWindow(now))),
            _ => WeightedRandom(withCapacity),
        };
    }

    private static List<DeploymentState> Lowest<T>(List<DeploymentState> states, Func<DeploymentState, T> measure)
        where T : IComparable<T>
    {
        T best = states.Select(measure).Min()!;
        return states.Where(s => measure(s).CompareTo(best) == 0).ToList();
    }

    private DeploymentState WeightedRandom(List<DeploymentState> states)
    {
        if (states.Count == 1)
        {
            return states[0];
        }

        double total = states.Sum(s => Math.Max(0, s.Deployment.Weight));
        if (total <= 0)
        {
            return states[_random.Next(states.Count)];
        }

        double point = _random.NextDouble() * total;
        foreach (DeploymentState state in states)
        {
            point -= Math.Max(0, state.Deployment.Weight);
            if (point < 0)
            {
                return state;
            }
        }

        return states[^1];
    }

    private static ResponsesException NoDeployment(string why, TimeSpan retryAfter)
    {
        string message = $"No deployment is available: {why}.";
        return new ResponsesException(message, 429, new ApiError { Message = message, Type = ResponsesErrorTypes.RateLimit, Code = "no_deployments_available" })
        {
            RetryAfter = retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.Zero,
            IsRetriable = true,
        };
    }
}
