namespace Responses;

/// <summary>An apply patch operation whose type this library does not know; all its properties are kept verbatim.</summary>
public sealed class UnknownApplyPatchOperation : ApplyPatchOperation
{
    /// <summary>Initializes an empty unknown object (its type is set when read).</summary>
    public UnknownApplyPatchOperation()
        : base(string.Empty)
    {
    }
}
