using System.Text.Json;
using Responses.Testing;

namespace Responses.Providers.Tests.Anthropic;

/// <summary>
/// Every Anthropic recording: raw SSE (<c>wire/anthropic/*.txt</c>, from anthropic-sdk-python) and decoded streams
/// (<c>*.chunks.txt</c>) and bodies (<c>*.json</c>) from vercel/ai. A few chunk files hold several consecutive
/// answers (tool loops recorded turn after turn); each answer is a case of its own (<c>name#n</c>).
/// </summary>
internal static class AnthropicFixtures
{
    public const string RawSse = "wire/anthropic";
    public const string Vercel = "wire/vercel-ai-fixtures/packages/anthropic/src/__fixtures__";

    public static TheoryData<string> Streams()
    {
        var data = new TheoryData<string>();
        foreach (string path in Fixtures.Enumerate(RawSse + "/*.txt").Concat(Fixtures.Enumerate(Vercel + "/*.chunks.txt")))
        {
            string name = Fixtures.RelativePath(path);
            int count = Split(Fixtures.ReadEvents(name)).Count;
            for (int i = 0; i < count; i++)
            {
                data.Add(count == 1 ? name : $"{name}#{i + 1}");
            }
        }

        return data;
    }

    public static TheoryData<string> Bodies()
    {
        var data = new TheoryData<string>();
        foreach (string path in Fixtures.Enumerate(Vercel + "/*.json"))
        {
            data.Add(Fixtures.RelativePath(path));
        }

        return data;
    }

    public static IReadOnlyList<JsonElement> ReadStream(string name)
    {
        int hash = name.IndexOf('#', StringComparison.Ordinal);
        IReadOnlyList<IReadOnlyList<JsonElement>> answers = Split(Fixtures.ReadEvents(hash < 0 ? name : name[..hash]));
        return hash < 0 ? answers.Single() : answers[int.Parse(name[(hash + 1)..], System.Globalization.CultureInfo.InvariantCulture) - 1];
    }

    /// <summary>One event list per answer: each starts at <c>message_start</c>.</summary>
    public static IReadOnlyList<IReadOnlyList<JsonElement>> Split(IReadOnlyList<JsonElement> events)
    {
        var answers = new List<List<JsonElement>>();
        foreach (JsonElement e in events)
        {
            if (answers.Count == 0 || e.GetProperty("type").ValueEquals("message_start"))
            {
                answers.Add([]);
            }

            answers[^1].Add(e);
        }

        return answers;
    }
}
