using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using Responses.Testing;

namespace Responses.Gateway.Tests;

/// <summary>A chat completions SSE body as read by a client: the JSON data lines, and whether <c>[DONE]</c> ended it.</summary>
internal sealed record ChatStream(IReadOnlyList<JsonElement> Data, bool EndedWithDone)
{
    public const string ChunkSchema = "CreateChatCompletionStreamResponse";
    public const string BodySchema = "CreateChatCompletionResponse";

    /// <summary>The chunks (data lines without an <c>error</c>).</summary>
    public IEnumerable<JsonElement> Chunks => Data.Where(d => !d.TryGetProperty("error", out _));

    /// <summary>The text of every content delta, joined.</summary>
    public string Content => string.Concat(Deltas.Select(d => d.TryGetProperty("content", out JsonElement c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null));

    /// <summary>The delta of choice 0 of every chunk that has one.</summary>
    public IEnumerable<JsonElement> Deltas => Chunks.Where(c => c.GetProperty("choices").GetArrayLength() > 0).Select(c => c.GetProperty("choices")[0].GetProperty("delta"));

    public static async Task<ChatStream> ReadAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        var data = new List<JsonElement>();
        bool done = false;
        await using Stream stream = await response.Content.ReadAsStreamAsync();
        await foreach (SseItem<string> item in SseParser.Create(stream).EnumerateAsync())
        {
            done.Should().BeFalse("nothing follows [DONE]");
            if (item.Data == "[DONE]")
            {
                done = true;
                continue;
            }

            data.Add(JsonDocument.Parse(item.Data).RootElement.Clone());
        }

        return new ChatStream(data, done);
    }

    /// <summary>Every chunk is valid against the spec's stream chunk schema and shares one id.</summary>
    public void ShouldBeValidChunks()
    {
        Chunks.Should().NotBeEmpty();
        Chunks.SelectMany(c => SchemaValidator.Strict.Validate(ApiSpec.OpenAI, ChunkSchema, c)).Should().BeEmpty();
        Chunks.Select(c => c.GetProperty("id").GetString()).Distinct().Should().ContainSingle().Which.Should().StartWith("chatcmpl-");
        Chunks.Should().OnlyContain(c => c.GetProperty("object").GetString() == "chat.completion.chunk");
    }

    public override string ToString() => new StringBuilder().AppendJoin('\n', Data.Select(d => d.GetRawText())).ToString();
}
