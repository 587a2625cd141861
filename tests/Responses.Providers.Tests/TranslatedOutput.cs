using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests;

/// <summary>The checks every translating provider's output passes (<see cref="SpecConformance"/>), and small readers.</summary>
internal static class TranslatedOutput
{
    public static void AssertValidStream(IReadOnlyList<JsonElement> events, StreamLifecycleOptions? lifecycle = null) =>
        SpecConformance.AssertValidStream(events, lifecycle);

    public static void AssertValidResponse(JsonElement response) => SpecConformance.AssertValidResponse(response);

    public static JsonElement Terminal(IReadOnlyList<JsonElement> events) => events[^1].GetProperty("response");
}
