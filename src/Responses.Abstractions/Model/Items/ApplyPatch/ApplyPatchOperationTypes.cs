namespace Responses;

/// <summary>The <c>"type"</c> values of <see cref="ApplyPatchOperation"/>.</summary>
public static class ApplyPatchOperationTypes
{
    /// <summary><c>create_file</c>.</summary>
    public const string CreateFile = "create_file";

    /// <summary><c>update_file</c>.</summary>
    public const string UpdateFile = "update_file";

    /// <summary><c>delete_file</c>.</summary>
    public const string DeleteFile = "delete_file";
}
