using Microsoft.Extensions.AI;

namespace Responses.ExtensionsAI;

/// <summary>
/// An <see cref="AITool"/> that carries a Responses tool unchanged, for tools M.E.AI has no type for
/// (computer use, image generation, shell, custom tools…): put it in <see cref="ChatOptions.Tools"/> and the
/// Responses chat client sends it as it is.
/// </summary>
/// <param name="tool">The Responses tool.</param>
public sealed class ResponseToolAITool(ResponseTool tool) : AITool
{
    /// <summary>The Responses tool.</summary>
    public ResponseTool Tool { get; } = tool ?? throw new ArgumentNullException(nameof(tool));

    /// <inheritdoc />
    public override string Name => Tool.Type;

    /// <inheritdoc />
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is null && serviceType.IsInstanceOfType(Tool) ? Tool : base.GetService(serviceType, serviceKey);
    }
}
