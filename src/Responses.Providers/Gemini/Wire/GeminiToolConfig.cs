namespace Responses.Providers.Gemini.Wire;

/// <summary>How the model may use the declared functions.</summary>
internal sealed class GeminiToolConfig
{
    public GeminiFunctionCallingConfig? FunctionCallingConfig { get; set; }
}
