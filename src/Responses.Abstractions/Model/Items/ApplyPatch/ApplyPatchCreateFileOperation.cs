namespace Responses;

/// <summary>Creates a file from a diff.</summary>
public sealed class ApplyPatchCreateFileOperation : ApplyPatchOperation
{
    /// <summary>Initializes an empty create file operation.</summary>
    public ApplyPatchCreateFileOperation()
        : base(ApplyPatchOperationTypes.CreateFile)
    {
    }

    /// <summary>The path of the file to create, relative to the workspace root.</summary>
    public string? Path { get; set; }

    /// <summary>The diff to apply.</summary>
    public string? Diff { get; set; }
}
