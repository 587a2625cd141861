using System.Text.Json;

namespace Responses.Testing;

/// <summary>
/// Checks the lifecycle of an OpenAI Responses event stream (see <see cref="LifecycleRules"/> for the rules):
/// ordering, sequence numbers, item and content-part bracketing, delta/done agreement, id stability and
/// that the terminal response holds exactly the streamed items.
/// </summary>
public sealed class StreamLifecycleChecker
{
    private readonly StreamLifecycleOptions options;

    /// <summary>Creates a checker with the given options (strict when <c>null</c>).</summary>
    public StreamLifecycleChecker(StreamLifecycleOptions? options = null)
    {
        this.options = options ?? StreamLifecycleOptions.Strict;
    }

    /// <summary>Checks the events and returns every violation (empty when the stream is valid).</summary>
    public static IReadOnlyList<LifecycleViolation> Check(IReadOnlyList<JsonElement> events, StreamLifecycleOptions? options = null) =>
        new StreamLifecycleChecker(options).Run(events);

    /// <summary>Parses each string as one JSON event and checks them.</summary>
    public static IReadOnlyList<LifecycleViolation> Check(IEnumerable<string> eventsJson, StreamLifecycleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(eventsJson);
        return Check(eventsJson.Select(Fixtures.ParseElement).ToList(), options);
    }

    /// <summary>Throws <see cref="StreamLifecycleException"/> listing every violation.</summary>
    public static void AssertValid(IReadOnlyList<JsonElement> events, StreamLifecycleOptions? options = null)
    {
        var violations = Check(events, options);
        if (violations.Count > 0)
        {
            throw new StreamLifecycleException(violations);
        }
    }

    /// <summary>Parses each string as one JSON event and throws <see cref="StreamLifecycleException"/> listing every violation.</summary>
    public static void AssertValid(IEnumerable<string> eventsJson, StreamLifecycleOptions? options = null)
    {
        var violations = Check(eventsJson, options);
        if (violations.Count > 0)
        {
            throw new StreamLifecycleException(violations);
        }
    }

    /// <summary>Checks the events with this checker's options.</summary>
    public IReadOnlyList<LifecycleViolation> Run(IReadOnlyList<JsonElement> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return new LifecycleRun(events, options).Execute();
    }
}
