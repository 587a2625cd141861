using System.Text.Json.Serialization;

namespace Responses;

/// <summary>The content of an inline skill: a base64-encoded zip archive.</summary>
public sealed class InlineSkillSource : WireObject
{
    /// <summary>Always <c>base64</c>.</summary>
    [JsonPropertyOrder(-100)]
    public string? Type { get; set; } = "base64";

    /// <summary>Always <c>application/zip</c>.</summary>
    public string? MediaType { get; set; } = "application/zip";

    /// <summary>The base64-encoded archive.</summary>
    public string? Data { get; set; }
}
