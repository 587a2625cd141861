using System.Text.Json;

namespace Responses;

/// <summary>The body of <c>POST /v1/responses</c>: everything that shapes a response.</summary>
public sealed class CreateResponseRequest : WireObject
{
    /// <summary>The model id, for example <c>gpt-5.4</c> or a deployment name.</summary>
    public string? Model { get; set; }

    /// <summary>The input: a string or a list of items.</summary>
    public ResponseInput? Input { get; set; }

    /// <summary>System (or developer) instructions inserted before the input.</summary>
    public string? Instructions { get; set; }

    /// <summary>The tools the model may call.</summary>
    public IList<ResponseTool>? Tools { get; set; }

    /// <summary>Whether to stream the response as server-sent events.</summary>
    public bool? Stream { get; set; }

    /// <summary>Whether to store the response for later retrieval.</summary>
    public bool? Store { get; set; }

    /// <summary>The id of the response this one continues.</summary>
    public string? PreviousResponseId { get; set; }

    /// <summary>An upper bound on generated tokens, including reasoning tokens.</summary>
    public int? MaxOutputTokens { get; set; }

    /// <summary>Sampling temperature, 0 to 2.</summary>
    public double? Temperature { get; set; }

    /// <summary>Nucleus sampling probability mass.</summary>
    public double? TopP { get; set; }

    /// <summary>Up to 16 key-value pairs attached to the response.</summary>
    public IDictionary<string, string>? Metadata { get; set; }

    /// <summary>How the model picks tools (placeholder until the full union type lands).</summary>
    public JsonElement? ToolChoice { get; set; }

    /// <summary>Creates a shallow copy: the same items and tools, a new top-level object.</summary>
    /// <returns>The copy.</returns>
    public CreateResponseRequest Clone() => (CreateResponseRequest)ShallowClone();
}
