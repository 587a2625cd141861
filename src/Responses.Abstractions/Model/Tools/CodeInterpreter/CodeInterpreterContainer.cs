using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// The <c>container</c> of the code interpreter tool: the id of an existing container or the settings
/// of a container created on demand (<see cref="CodeInterpreterAutoContainer"/>). The form read from
/// the wire is the form written back.
/// </summary>
[JsonConverter(typeof(CodeInterpreterContainerConverter))]
public sealed class CodeInterpreterContainer
{
    /// <summary>Initializes the id form.</summary>
    /// <param name="containerId">The id of an existing container.</param>
    public CodeInterpreterContainer(string containerId)
    {
        ArgumentNullException.ThrowIfNull(containerId);
        ContainerId = containerId;
    }

    /// <summary>Initializes the object form.</summary>
    /// <param name="auto">The settings of a container created on demand.</param>
    public CodeInterpreterContainer(CodeInterpreterAutoContainer auto)
    {
        ArgumentNullException.ThrowIfNull(auto);
        Auto = auto;
    }

    /// <summary>The id of an existing container, when given as a string; otherwise <see langword="null"/>.</summary>
    public string? ContainerId { get; }

    /// <summary>The settings of a container created on demand, when given as an object; otherwise <see langword="null"/>.</summary>
    public CodeInterpreterAutoContainer? Auto { get; }

    /// <summary>Converts a container id.</summary>
    /// <param name="containerId">The id.</param>
    public static implicit operator CodeInterpreterContainer(string containerId) => new(containerId);

    /// <summary>Converts container settings.</summary>
    /// <param name="auto">The settings.</param>
    public static implicit operator CodeInterpreterContainer(CodeInterpreterAutoContainer auto) => new(auto);

    /// <summary>Creates the id form.</summary>
    /// <param name="containerId">The id of an existing container.</param>
    /// <returns>The value.</returns>
    public static CodeInterpreterContainer FromId(string containerId) => new(containerId);

    /// <summary>Creates the object form: <c>{"type":"auto"}</c> with optional files.</summary>
    /// <param name="fileIds">Ids of uploaded files made available to the code.</param>
    /// <returns>The value.</returns>
    public static CodeInterpreterContainer CreateAuto(params IEnumerable<string> fileIds)
    {
        List<string> files = [.. fileIds];
        return new(new CodeInterpreterAutoContainer { FileIds = files.Count == 0 ? null : files });
    }
}
