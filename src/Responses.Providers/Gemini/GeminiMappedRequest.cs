using Responses.Providers.Gemini.Wire;

namespace Responses.Providers.Gemini;

/// <summary>A request mapped to <c>generateContent</c>: the model (it goes in the URL) and the body.</summary>
/// <param name="Model">The model name, without a <c>models/</c> prefix.</param>
/// <param name="Body">The body.</param>
internal sealed record GeminiMappedRequest(string Model, GeminiGenerateContentRequest Body);
