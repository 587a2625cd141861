using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// An action of a computer call (click, double click, drag, keypress, move, screenshot, scroll, type, wait). Unknown types are read as <see cref="UnknownComputerAction"/> and written back unchanged.
/// </summary>
[JsonConverter(typeof(ComputerActionConverter))]
public abstract class ComputerAction : WireObject
{
    /// <summary>Initializes the object with its discriminator.</summary>
    /// <param name="type">The wire <c>"type"</c> value.</param>
    protected ComputerAction(string type) => Type = type;

    /// <summary>The wire <c>"type"</c> discriminator.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; set; }
}
