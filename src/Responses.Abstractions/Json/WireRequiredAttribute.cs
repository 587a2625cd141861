namespace Responses;

/// <summary>
/// Marks a property the specification requires on the wire even when its value is <c>null</c>
/// (for example <c>error</c> on a response). Objects built in code write it as <c>null</c>;
/// objects read from JSON write it exactly as they were read.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class WireRequiredAttribute : Attribute
{
}
