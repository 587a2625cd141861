using System.Text.Json.Serialization;

namespace Responses;

/// <summary>
/// The error of an MCP call: an error object (<see cref="McpToolCallError"/>, what the specification
/// defines and the API sends) or a plain string (what older versions of the specification declared).
/// The form read from the wire is the form written back.
/// </summary>
[JsonConverter(typeof(McpCallErrorConverter))]
public sealed class McpCallError
{
    /// <summary>Initializes an error given as a string.</summary>
    /// <param name="message">The error message.</param>
    public McpCallError(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
    }

    /// <summary>Initializes an error given as an object.</summary>
    /// <param name="error">The error object.</param>
    public McpCallError(McpToolCallError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>The error when it is a string; otherwise <see langword="null"/>.</summary>
    public string? Message { get; }

    /// <summary>The error when it is an object; otherwise <see langword="null"/>.</summary>
    public McpToolCallError? Error { get; }

    /// <summary>Converts a string to an error.</summary>
    /// <param name="message">The error message.</param>
    public static implicit operator McpCallError(string message) => new(message);

    /// <summary>Converts an error object to an error.</summary>
    /// <param name="error">The error object.</param>
    public static implicit operator McpCallError(McpToolCallError error) => new(error);

    /// <summary>Creates an error from a string.</summary>
    /// <param name="message">The error message.</param>
    /// <returns>The error.</returns>
    public static McpCallError FromString(string message) => new(message);

    /// <summary>Creates an error from an error object.</summary>
    /// <param name="error">The error object.</param>
    /// <returns>The error.</returns>
    public static McpCallError FromMcpToolCallError(McpToolCallError error) => new(error);

    /// <inheritdoc />
    public override string ToString() => Message ?? Error switch
    {
        McpProtocolError e => $"{e.Type} {e.Code}: {e.Message}",
        McpHttpError e => $"{e.Type} {e.Code}: {e.Message}",
        McpToolExecutionError e => $"{e.Type}: {e.Content}",
        { } e => e.Type,
        null => string.Empty,
    };
}
