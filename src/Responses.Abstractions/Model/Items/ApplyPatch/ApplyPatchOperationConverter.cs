namespace Responses;

/// <summary>Reads and writes <see cref="ApplyPatchOperation"/> by its <c>"type"</c>.</summary>
public sealed class ApplyPatchOperationConverter : WirePolymorphicConverter<ApplyPatchOperation>
{
    /// <summary>Initializes the converter with every type of the specification.</summary>
    public ApplyPatchOperationConverter()
        : base(new Dictionary<string, Type>
        {
            [ApplyPatchOperationTypes.CreateFile] = typeof(ApplyPatchCreateFileOperation),
            [ApplyPatchOperationTypes.UpdateFile] = typeof(ApplyPatchUpdateFileOperation),
            [ApplyPatchOperationTypes.DeleteFile] = typeof(ApplyPatchDeleteFileOperation),
        })
    {
    }

    /// <inheritdoc />
    protected override Type UnknownType => typeof(UnknownApplyPatchOperation);
}
