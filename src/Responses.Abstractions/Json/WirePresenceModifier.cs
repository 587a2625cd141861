using System.Collections;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;

namespace Responses;

/// <summary>
/// A <see cref="JsonTypeInfo"/> modifier that makes every <see cref="WireObject"/> round-trip exactly:
/// a known property read from JSON is written back if and only if it was present (including explicit
/// <c>null</c>), unless code has since given it a non-default value. Objects built in code write their
/// non-null values plus the properties marked <see cref="WireRequiredAttribute"/>.
/// </summary>
/// <remarks>
/// It runs once per type when the type's metadata is first created; the per-value cost is one delegate
/// call per property, with no reflection on the serialization path.
/// </remarks>
internal static class WirePresenceModifier
{
    public static void Apply(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || !typeof(WireObject).IsAssignableFrom(typeInfo.Type))
        {
            return;
        }

        Action<object>? previous = typeInfo.OnDeserializing;
        typeInfo.OnDeserializing = previous is null
            ? static o => ((WireObject)o).IsDeserialized = true
            : o => { previous(o); ((WireObject)o).IsDeserialized = true; };

        // One default instance tells which values a freshly built object has (for example a
        // discriminator "type" or an empty list); such values were not read and are not written.
        object? defaults = typeInfo.CreateObject?.Invoke();

        int slot = 0;
        foreach (JsonPropertyInfo property in typeInfo.Properties)
        {
            if (property.IsExtensionData)
            {
                continue;
            }

            if (slot == 64)
            {
                throw new InvalidOperationException($"{typeInfo.Type} has more than 64 JSON properties; WireObject tracks at most 64.");
            }

            ulong mask = 1UL << slot++;
            bool required = property.AttributeProvider?.IsDefined(typeof(WireRequiredAttribute), inherit: true) == true;
            object? defaultValue = defaults is not null && property.Get is { } get ? get(defaults) : null;

            if (property.Set is { } set)
            {
                property.Set = (o, v) =>
                {
                    set(o, v);
                    ((WireObject)o).PresentProperties |= mask;
                };
            }

            property.ShouldSerialize = (o, v) =>
            {
                var wire = (WireObject)o;
                if (!wire.IsDeserialized)
                {
                    return v is not null || required;
                }

                if ((wire.PresentProperties & mask) != 0)
                {
                    return true;
                }

                return v is not null && !IsDefault(v, defaultValue);
            };
        }
    }

    private static bool IsDefault(object value, object? defaultValue) => defaultValue switch
    {
        null => false,
        ICollection { Count: 0 } => value is ICollection { Count: 0 },
        _ => defaultValue.Equals(value),
    };
}
