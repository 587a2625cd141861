namespace Responses;

/// <summary>Lets the model create, update and delete files through patches the application applies.</summary>
public sealed class ApplyPatchTool : ResponseTool
{
    /// <summary>Initializes the tool (<c>apply_patch</c>).</summary>
    public ApplyPatchTool()
        : base(ResponseToolTypes.ApplyPatch)
    {
    }

    /// <summary>Who may call the tool: <c>direct</c> (the model) and/or <c>programmatic</c> (code run by programmatic tool calling).</summary>
    public IList<string>? AllowedCallers { get; set; }
}
