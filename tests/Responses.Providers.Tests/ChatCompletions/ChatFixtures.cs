using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests.ChatCompletions;

/// <summary>
/// Every chat completions recording: raw SSE (<c>wire/openai-chat/*.sse</c> and vercel/ai's <c>*.sse</c>), decoded streams
/// (<c>*.chunks.txt</c>) and bodies (<c>*.json</c>) from vercel/ai's openai and openai-compatible packages. Error bodies
/// (a top-level <c>error</c>) are replayed by the error tests instead.
/// </summary>
internal static class ChatFixtures
{
    public const string RawSse = "wire/openai-chat";
    public const string VercelCompatible = "wire/vercel-ai-fixtures/packages/openai-compatible/src/chat/__fixtures__";
    public const string VercelOpenAI = "wire/vercel-ai-fixtures/packages/openai/src/chat/__fixtures__";

    public static TheoryData<string> Streams()
    {
        var data = new TheoryData<string>();
        foreach (string path in new[] { RawSse + "/*.sse", VercelCompatible + "/*.sse", VercelCompatible + "/*.chunks.txt", VercelOpenAI + "/*.sse", VercelOpenAI + "/*.chunks.txt" }.SelectMany(Fixtures.Enumerate))
        {
            data.Add(Fixtures.RelativePath(path));
        }

        return data;
    }

    public static TheoryData<string> Bodies()
    {
        var data = new TheoryData<string>();
        foreach (string path in new[] { VercelCompatible + "/*.json", VercelOpenAI + "/*.json" }.SelectMany(Fixtures.Enumerate))
        {
            string name = Fixtures.RelativePath(path);
            if (!Fixtures.ReadJson(name).TryGetProperty("error", out _))
            {
                data.Add(name);
            }
        }

        return data;
    }

    public static IReadOnlyList<JsonElement> ReadChunks(string name) => Fixtures.ReadEvents(name);

    /// <summary>The reply that plays a recording: raw SSE files byte for byte (their <c>[DONE]</c> included), chunk files as data frames and <c>[DONE]</c>.</summary>
    public static UpstreamReply Replay(string name) =>
        name.EndsWith(".sse", StringComparison.Ordinal) ? UpstreamReply.Sse(Fixtures.ReadSseFrames(name)) : ChatHarness.Stream(ReadChunks(name));
}
