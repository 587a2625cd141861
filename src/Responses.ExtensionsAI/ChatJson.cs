using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Responses.ExtensionsAI;

/// <summary>JSON for values M.E.AI hands us (function arguments, tool results): M.E.AI's options, written compactly.</summary>
internal static class ChatJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(object? value, Type type) => JsonSerializer.Serialize(value, Options.GetTypeInfo(type));

    private static JsonSerializerOptions CreateOptions()
    {
        // AIJsonUtilities.DefaultOptions indents; arguments and outputs go to the model, where whitespace costs tokens.
        var options = new JsonSerializerOptions(AIJsonUtilities.DefaultOptions) { WriteIndented = false };
        options.MakeReadOnly();
        return options;
    }
}
