using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests;

/// <summary>Checks of a stream that broke after some forwarded events and was closed by the <c>ResponseWriter</c>.</summary>
internal static class ClosedStreams
{
    private const string WebSearchReason =
        "A web_search_call is announced without \"action\" (see KnownSpecDeviations); when the upstream breaks before the "
        + "call is done, the action was never sent and the writer cannot make one up, so the closed item lacks it.";

    /// <summary>The kit's validator, plus the one thing a writer-closed stream cannot have: the action of an unfinished web search.</summary>
    private static readonly SchemaValidator UnfinishedWebSearchValidator = new(
        KnownSpecDeviations.All
            .Append(new KnownSpecDeviation(ApiSpec.OpenAI, "ResponseOutputItemDoneEvent", "$.item.action", "PropertyRequired", WebSearchReason))
            .Append(new KnownSpecDeviation(ApiSpec.OpenAI, "ResponseFailedEvent", "$.response.output[*].action", "PropertyRequired", WebSearchReason)));

    /// <summary>
    /// The stream is the first <paramref name="n"/> upstream events unchanged, then an output_item.done for every item
    /// still open (message, function call: status incomplete), then exactly one response.failed with
    /// <paramref name="errorCode"/>; it passes the lifecycle check (<paramref name="options"/>, strict by default, and no
    /// rule beyond <paramref name="brokenRules"/>) and the schema.
    /// </summary>
    public static void ShouldBeClosedAfter(
        IReadOnlyList<JsonElement> upstream,
        int n,
        IReadOnlyList<JsonElement> events,
        string errorCode = "server_error",
        string? messagePrefix = "openai: the upstream stream broke",
        StreamLifecycleOptions? options = null,
        IReadOnlyCollection<string>? brokenRules = null)
    {
        for (int i = 0; i < n; i++)
        {
            JsonAssert.Equal(upstream[i], events[i], $"forwarded event #{i}");
        }

        var open = new Dictionary<int, string>();
        foreach (JsonElement e in upstream.Take(n))
        {
            switch (TypeOf(e))
            {
                case "response.output_item.added":
                    open[e.GetProperty("output_index").GetInt32()] = e.GetProperty("item").GetProperty("type").GetString()!;
                    break;
                case "response.output_item.done":
                    open.Remove(e.GetProperty("output_index").GetInt32());
                    break;
            }
        }

        List<JsonElement> closing = events.Skip(n).ToList();
        closing.Should().NotBeEmpty();
        events.Count(e => TypeOf(e) is "response.completed" or "response.incomplete" or "response.failed").Should().Be(1, "exactly one terminal event");
        TypeOf(closing[^1]).Should().Be("response.failed");
        JsonElement failed = closing[^1].GetProperty("response");
        failed.GetProperty("status").GetString().Should().Be("failed");
        failed.GetProperty("error").GetProperty("code").GetString().Should().Be(errorCode);
        if (messagePrefix is not null)
        {
            failed.GetProperty("error").GetProperty("message").GetString().Should().StartWith(messagePrefix);
        }

        if (upstream.Count > 0 && upstream[0].TryGetProperty("response", out JsonElement created) && brokenRules?.Contains(LifecycleRules.ResponseId) != true)
        {
            failed.GetProperty("id").GetString().Should().Be(created.GetProperty("id").GetString());
        }

        var doneItems = closing.Where(e => TypeOf(e) == "response.output_item.done").ToList();
        doneItems.Select(e => e.GetProperty("output_index").GetInt32()).Should().BeEquivalentTo(open.Keys, "every open item is closed, once");
        foreach (JsonElement item in doneItems.Select(d => d.GetProperty("item")))
        {
            if (item.GetProperty("type").GetString() is "message" or "function_call")
            {
                item.GetProperty("status").GetString().Should().Be("incomplete");
            }
        }

        var violations = StreamLifecycleChecker.Check(events, options);
        violations.Where(v => brokenRules?.Contains(v.Rule) != true).Should().BeEmpty(string.Join("\n", violations));

        SchemaValidator validator = open.ContainsValue("web_search_call") ? UnfinishedWebSearchValidator : SchemaValidator.Default;
        var schema = events.SelectMany((e, i) => validator.ValidateStreamEvent(e, ApiSpec.OpenAI).Select(v => $"event #{i}: {v}")).ToList();
        schema.Should().BeEmpty(string.Join("\n", schema));
    }

    private static string TypeOf(JsonElement e) => e.GetProperty("type").GetString()!;
}
