using System.Buffers;
using System.Text.Json;

namespace Responses;

/// <summary>
/// Compares one file attribute with a value: <c>eq</c>, <c>ne</c>, <c>gt</c>, <c>gte</c>, <c>lt</c>,
/// <c>lte</c>, <c>in</c> or <c>nin</c> (the operator is the <see cref="FileSearchFilter.Type"/>).
/// </summary>
public sealed class ComparisonFilter : FileSearchFilter
{
    /// <summary>Initializes an <c>eq</c> filter (set <see cref="FileSearchFilter.Type"/> for another operator).</summary>
    public ComparisonFilter()
        : base(FileSearchFilterTypes.Eq)
    {
    }

    /// <summary>The attribute to compare.</summary>
    public string? Key { get; set; }

    /// <summary>
    /// The value to compare with: a string, a number, a boolean, or (for <c>in</c> and <c>nin</c>) an
    /// array of strings and numbers. Kept as raw JSON because it is a union of JSON kinds.
    /// </summary>
    public JsonElement? Value { get; set; }

    /// <summary>Creates a comparison with a string value.</summary>
    /// <param name="operator">The operator, one of <see cref="FileSearchFilterTypes"/>' comparison values.</param>
    /// <param name="key">The attribute.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    public static ComparisonFilter Create(string @operator, string key, string value) =>
        new() { Type = @operator, Key = key, Value = ToElement(w => w.WriteStringValue(value)) };

    /// <summary>Creates a comparison with a number value.</summary>
    /// <param name="operator">The operator, one of <see cref="FileSearchFilterTypes"/>' comparison values.</param>
    /// <param name="key">The attribute.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    public static ComparisonFilter Create(string @operator, string key, double value) =>
        new() { Type = @operator, Key = key, Value = ToElement(w => w.WriteNumberValue(value)) };

    /// <summary>Creates a comparison with a boolean value.</summary>
    /// <param name="operator">The operator, one of <see cref="FileSearchFilterTypes"/>' comparison values.</param>
    /// <param name="key">The attribute.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    public static ComparisonFilter Create(string @operator, string key, bool value) =>
        new() { Type = @operator, Key = key, Value = ToElement(w => w.WriteBooleanValue(value)) };

    /// <summary>Creates a comparison with a list of strings (for <c>in</c> and <c>nin</c>).</summary>
    /// <param name="operator">The operator, <c>in</c> or <c>nin</c>.</param>
    /// <param name="key">The attribute.</param>
    /// <param name="values">The values.</param>
    /// <returns>The filter.</returns>
    public static ComparisonFilter Create(string @operator, string key, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new()
        {
            Type = @operator,
            Key = key,
            Value = ToElement(w =>
            {
                w.WriteStartArray();
                foreach (string value in values)
                {
                    w.WriteStringValue(value);
                }

                w.WriteEndArray();
            }),
        };
    }

    private static JsonElement ToElement(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using JsonDocument document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
