namespace Responses.Providers.Gemini.Wire;

/// <summary><c>mode</c> (<c>AUTO</c>, <c>ANY</c>, <c>NONE</c>) and the functions <c>ANY</c> may pick from.</summary>
internal sealed class GeminiFunctionCallingConfig
{
    public string? Mode { get; set; }

    public List<string>? AllowedFunctionNames { get; set; }
}
