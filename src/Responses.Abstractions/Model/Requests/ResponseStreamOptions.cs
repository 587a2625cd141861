namespace Responses;

/// <summary>Options of streamed responses (<c>stream_options</c>).</summary>
public sealed class ResponseStreamOptions : WireObject
{
    /// <summary>Whether delta events carry random padding (<c>obfuscation</c>) against side-channel attacks (default <see langword="true"/>).</summary>
    public bool? IncludeObfuscation { get; set; }
}
