namespace Responses;

/// <summary>Deletes a file.</summary>
public sealed class ApplyPatchDeleteFileOperation : ApplyPatchOperation
{
    /// <summary>Initializes an empty delete file operation.</summary>
    public ApplyPatchDeleteFileOperation()
        : base(ApplyPatchOperationTypes.DeleteFile)
    {
    }

    /// <summary>The path of the file to delete, relative to the workspace root.</summary>
    public string? Path { get; set; }
}
