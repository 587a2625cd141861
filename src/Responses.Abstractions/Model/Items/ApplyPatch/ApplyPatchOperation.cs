using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// The operation of an apply patch call: create, update or delete a file. Unknown types are read as <see cref="UnknownApplyPatchOperation"/> and written back unchanged.
/// </summary>
[JsonConverter(typeof(ApplyPatchOperationConverter))]
public abstract class ApplyPatchOperation : WireObject
{
    /// <summary>Initializes the object with its discriminator.</summary>
    /// <param name="type">The wire <c>"type"</c> value.</param>
    protected ApplyPatchOperation(string type) => Type = type;

    /// <summary>The wire <c>"type"</c> discriminator.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; set; }
}
