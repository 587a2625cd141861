namespace Responses;

/// <summary>Forces a built-in tool; the <see cref="ToolChoiceObject.Type"/> names it (<c>file_search</c>, <c>web_search_preview</c>, <c>computer_use_preview</c>, <c>image_generation</c>, <c>code_interpreter</c>…).</summary>
public sealed class HostedToolChoice : ToolChoiceObject
{
    /// <summary>Initializes the choice with type <c>file_search</c> (set <see cref="ToolChoiceObject.Type"/> for another tool).</summary>
    public HostedToolChoice()
        : base(ToolChoiceObjectTypes.FileSearch)
    {
    }
}
