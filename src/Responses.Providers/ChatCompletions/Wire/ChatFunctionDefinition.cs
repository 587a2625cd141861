using System.Text.Json;

namespace Responses.Providers.ChatCompletions.Wire;

/// <summary>A function a model may call.</summary>
internal sealed class ChatFunctionDefinition
{
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public JsonElement? Parameters { get; set; }

    public bool? Strict { get; set; }
}
