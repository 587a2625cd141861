namespace Responses;

/// <summary>Query options of <c>GET /v1/responses/{id}</c>.</summary>
public sealed class GetResponseOptions
{
    /// <summary>Extra output to include (for example <c>reasoning.encrypted_content</c>).</summary>
    public IList<string>? Include { get; set; }

    /// <summary>When streaming, the sequence number after which to resume.</summary>
    public int? StartingAfter { get; set; }

    /// <summary>When streaming, whether to add obfuscation padding to events.</summary>
    public bool? IncludeObfuscation { get; set; }
}
