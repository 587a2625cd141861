namespace Responses;

/// <summary>Additional tool definitions made available from this point of the conversation.</summary>
public sealed class AdditionalToolsItem : ResponseItem
{
    /// <summary>Initializes an empty additional tools item.</summary>
    public AdditionalToolsItem()
        : base(ResponseItemTypes.AdditionalTools)
    {
    }

    /// <summary>The role that provided the additional tools (only <c>developer</c>).</summary>
    public MessageRole? Role { get; set; }

    /// <summary>The additional tool definitions.</summary>
    public IList<ResponseTool> Tools { get; set; } = [];
}
