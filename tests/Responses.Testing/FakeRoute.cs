using System.Text.RegularExpressions;

namespace Responses.Testing;

/// <summary>
/// One programmed route of <see cref="FakeUpstream"/>: a method and a path (exact with <c>{name}</c> segments, or prefix).
/// Replies come from the queue first, then from the default handler.
/// </summary>
public sealed class FakeRoute
{
    private readonly object gate = new();
    private readonly Queue<UpstreamReply> queue = new();
    private readonly List<RecordedRequest> requests = [];
    private readonly Regex? template;
    private Func<RecordedRequest, UpstreamReply>? fallback;

    internal FakeRoute(string method, string path, PathMatch match)
    {
        Method = method.ToUpperInvariant();
        Path = path;
        Match = match;
        if (match == PathMatch.Exact)
        {
            var pattern = Regex.Replace(Regex.Escape(path), @"\\\{[^}/]+}", "[^/]+?");
            template = new Regex("^" + pattern + "$", RegexOptions.CultureInvariant);
        }
    }

    /// <summary>The HTTP method (<c>*</c> for any).</summary>
    public string Method { get; }

    /// <summary>The path or path template.</summary>
    public string Path { get; }

    /// <summary>How the path matches.</summary>
    public PathMatch Match { get; }

    /// <summary>The requests this route served, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return requests.ToList();
            }
        }
    }

    /// <summary>How many queued replies are left.</summary>
    public int PendingReplies
    {
        get
        {
            lock (gate)
            {
                return queue.Count;
            }
        }
    }

    /// <summary>Queues replies, used one per request in order.</summary>
    public FakeRoute Enqueue(params UpstreamReply[] replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        lock (gate)
        {
            foreach (var r in replies)
            {
                queue.Enqueue(r);
            }
        }

        return this;
    }

    /// <summary>Answers every request (after the queue is empty) with this reply.</summary>
    public FakeRoute Always(UpstreamReply reply) => Handle(_ => reply);

    /// <summary>Answers every request (after the queue is empty) with the reply the handler builds.</summary>
    public FakeRoute Handle(Func<RecordedRequest, UpstreamReply> handler)
    {
        lock (gate)
        {
            fallback = handler;
        }

        return this;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Path}{(Match == PathMatch.Prefix ? "*" : string.Empty)}";

    internal bool Matches(string method, string path) =>
        (Method == "*" || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (Match == PathMatch.Prefix ? path.StartsWith(Path, StringComparison.Ordinal) : template!.IsMatch(path));

    internal UpstreamReply? Next(RecordedRequest request)
    {
        Func<RecordedRequest, UpstreamReply>? handler;
        lock (gate)
        {
            requests.Add(request);
            if (queue.TryDequeue(out var reply))
            {
                return reply;
            }

            handler = fallback;
        }

        return handler?.Invoke(request);
    }
}
