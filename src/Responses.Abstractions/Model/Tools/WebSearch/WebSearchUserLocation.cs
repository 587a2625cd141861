using System.Text.Json.Serialization;

namespace Responses;

/// <summary>The approximate location of the user of a web search.</summary>
public sealed class WebSearchUserLocation : WireObject
{
    /// <summary>Always <c>approximate</c>.</summary>
    [JsonPropertyOrder(-100)]
    public string? Type { get; set; } = "approximate";

    /// <summary>The two-letter ISO country code, for example <c>US</c>.</summary>
    public string? Country { get; set; }

    /// <summary>The region, for example <c>California</c>.</summary>
    public string? Region { get; set; }

    /// <summary>The city, for example <c>San Francisco</c>.</summary>
    public string? City { get; set; }

    /// <summary>The IANA time zone, for example <c>America/Los_Angeles</c>.</summary>
    public string? Timezone { get; set; }
}
