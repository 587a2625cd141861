using Responses.Testing;

namespace Responses.Providers.Tests.Gemini;

/// <summary>The recorded Gemini answers (Vercel AI SDK fixtures).</summary>
internal static class GeminiFixtures
{
    public const string Directory = "wire/vercel-ai-fixtures/packages/google/src/__fixtures__";

    public static TheoryData<string> Streams() => new(Fixtures.Enumerate(Directory + "/*.chunks.txt").Select(Fixtures.RelativePath));

    // Bodies of answers (the 429 error body is tested in GeminiErrorTests).
    public static TheoryData<string> Bodies() => new(Fixtures.Enumerate(Directory + "/*.json").Select(Fixtures.RelativePath).Where(p => !p.Contains("429", StringComparison.Ordinal)));
}
