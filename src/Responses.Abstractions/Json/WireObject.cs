using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// Base of every object of the Responses wire model. It keeps what this library does not know:
/// unknown JSON properties land in <see cref="AdditionalProperties"/> and are written back unchanged,
/// and for objects read from JSON it remembers which known properties were present (so an explicit
/// <c>null</c> stays <c>null</c> and an absent property stays absent).
/// </summary>
public abstract class WireObject
{
    /// <summary>JSON properties of this object that the model has no property for, kept verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    // Presence bits (by property slot, see WirePresenceModifier) of known properties read from JSON.
    // Only meaningful when IsDeserialized is true; objects built in code write every non-null value.
    internal ulong PresentProperties;

    internal bool IsDeserialized;

    /// <summary>Returns the value of an unknown JSON property kept in <see cref="AdditionalProperties"/>.</summary>
    /// <param name="name">The JSON property name.</param>
    /// <param name="value">The raw JSON value when present.</param>
    /// <returns><see langword="true"/> when the property was present.</returns>
    public bool TryGetAdditionalProperty(string name, out JsonElement value)
    {
        if (AdditionalProperties is { } extra && extra.TryGetValue(name, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Sets (or replaces) an unknown JSON property that is written with this object.</summary>
    /// <param name="name">The JSON property name.</param>
    /// <param name="value">The raw JSON value.</param>
    public void SetAdditionalProperty(string name, JsonElement value)
    {
        (AdditionalProperties ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name] = value;
    }

    /// <summary>
    /// Creates a shallow copy: the same property values (lists and nested objects are shared), its own
    /// <see cref="AdditionalProperties"/> dictionary, and the same record of what was present when read.
    /// </summary>
    /// <returns>The copy, of the same type as this object.</returns>
    public WireObject ShallowClone()
    {
        var copy = (WireObject)MemberwiseClone();
        if (AdditionalProperties is { } extra)
        {
            copy.AdditionalProperties = new Dictionary<string, JsonElement>(extra, StringComparer.Ordinal);
        }

        return copy;
    }

    /// <summary>
    /// Creates a shallow copy that serializes like an object built in code: every non-null value plus the
    /// properties the specification requires even when <c>null</c> (<see cref="WireRequiredAttribute"/>).
    /// Unknown properties are kept; what is forgotten is only which optional properties were explicitly
    /// <c>null</c> or absent on the wire. Useful to echo an object into a response that must be complete.
    /// </summary>
    /// <returns>The copy, of the same type as this object.</returns>
    public WireObject ShallowCloneAsBuilt()
    {
        WireObject copy = ShallowClone();
        copy.IsDeserialized = false;
        copy.PresentProperties = 0;
        return copy;
    }
}
