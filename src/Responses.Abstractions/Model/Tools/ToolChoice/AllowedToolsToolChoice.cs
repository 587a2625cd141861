namespace Responses;

/// <summary>Restricts the model to a set of the configured tools.</summary>
public sealed class AllowedToolsToolChoice : ToolChoiceObject
{
    /// <summary>Initializes the choice (<c>allowed_tools</c>).</summary>
    public AllowedToolsToolChoice()
        : base(ToolChoiceObjectTypes.AllowedTools)
    {
    }

    /// <summary><c>auto</c> (the model may pick one of the tools or none) or <c>required</c> (it must call one).</summary>
    public string? Mode { get; set; }

    /// <summary>The allowed tools, for example <c>{"type":"function","name":"get_weather"}</c>.</summary>
    public IList<ToolChoiceObject> Tools { get; set; } = [];
}
