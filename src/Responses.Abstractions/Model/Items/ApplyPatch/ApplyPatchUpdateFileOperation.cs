namespace Responses;

/// <summary>Updates a file with a diff.</summary>
public sealed class ApplyPatchUpdateFileOperation : ApplyPatchOperation
{
    /// <summary>Initializes an empty update file operation.</summary>
    public ApplyPatchUpdateFileOperation()
        : base(ApplyPatchOperationTypes.UpdateFile)
    {
    }

    /// <summary>The path of the file to update, relative to the workspace root.</summary>
    public string? Path { get; set; }

    /// <summary>The diff to apply.</summary>
    public string? Diff { get; set; }
}
