using System.Text;
using Responses.Providers.Bedrock.Wire;

namespace Responses.Providers.Bedrock;

/// <summary>What the event mapper knows about one open Converse content block.</summary>
internal sealed class BedrockBlockState
{
    /// <summary><c>text</c>, <c>toolUse</c>, <c>reasoning</c>, or <see langword="null"/> for skipped blocks.</summary>
    public string? Kind { get; set; }

    public int OutputIndex { get; set; } = -1;

    public bool HasArguments { get; set; }

    public StringBuilder Reasoning { get; } = new();

    public string? Signature { get; set; }

    public string? RedactedContent { get; set; }

    public BedrockToolUse? ToolUse { get; set; }
}
