namespace Responses;

/// <summary>Forces a call of the apply patch tool.</summary>
public sealed class ApplyPatchToolChoice : ToolChoiceObject
{
    /// <summary>Initializes the choice (<c>apply_patch</c>).</summary>
    public ApplyPatchToolChoice()
        : base(ToolChoiceObjectTypes.ApplyPatch)
    {
    }
}
