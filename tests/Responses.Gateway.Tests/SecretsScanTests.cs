using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Responses.Testing;

namespace Responses.Gateway.Tests;

/// <summary>
/// Secrets stay secret: after requests with a provider key, the master key and a virtual key — including an upstream 401
/// whose message quotes the provider key and a stream that fails with it — no key and no <c>Authorization</c> value is in
/// the logs (every level), the answers (bodies and headers), the SQLite file or <c>/metrics</c>.
/// </summary>
public sealed class SecretsScanTests
{
    private const string OpenAIKey = "sk-openai-test";
    private const string AnthropicKey = "sk-ant-test";
    private const string WrongKey = "sk-not-a-real-key-0123456789";
    private const string OpenAIRecording = Fixtures.OpenAIResponsesRecordings + "/openai-phase.1";

    [Fact]
    public async Task No_key_or_authorization_value_appears_in_logs_answers_stored_records_or_metrics()
    {
        var logs = new CapturedLogs();
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(logs: logs);
        string quoted = $$$"""{"error":{"message":"Incorrect API key provided: {{{OpenAIKey}}}. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}""";
        List<SseFrame> failing = [.. Fixtures.ToSseFrames(Fixtures.ReadChunks(OpenAIRecording + ".chunks.txt").Take(2)),
            new SseFrame("error", $$"""{"type":"error","code":"invalid_api_key","message":"Incorrect API key provided: {{OpenAIKey}}","param":null,"sequence_number":2}""")];
        gateway.OpenAI.Route("POST", "/v1/responses").Handle(r => r.BodyText.Contains("auth", StringComparison.Ordinal) ? UpstreamReply.Json(quoted, 401)
            : r.BodyText.Contains("broken", StringComparison.Ordinal) ? UpstreamReply.Sse(failing)
            : UpstreamReply.Json(Fixtures.ReadJson(OpenAIRecording + ".json")));
        gateway.Anthropic.Route("POST", "/v1/messages").Always(
            UpstreamReply.Json($$$"""{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key {{{AnthropicKey}}}"}}""", 401));

        var answers = new List<string>();
        var (generated, generatedBody) = await gateway.PostAsync("/key/generate", """{"models":["gpt","claude"],"key_alias":"scan"}""");
        generated.StatusCode.Should().Be(HttpStatusCode.OK, generatedBody.ToString());
        string virtualKey = generatedBody.GetProperty("key").GetString()!;

        // The key/generate answer is the one place the new key is shown, to the admin who asked for it.
        using var asKey = new HttpClient { BaseAddress = gateway.BaseAddress };
        asKey.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", virtualKey);
        using var wrong = new HttpClient { BaseAddress = gateway.BaseAddress };
        wrong.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WrongKey);

        string stored = await PostAsync(asKey, """{"model":"gpt","input":"ok","store":true}""", HttpStatusCode.OK, answers);
        string id = JsonDocument.Parse(stored).RootElement.GetProperty("id").GetString()!;
        await PostAsync(asKey, """{"model":"gpt","input":"auth"}""", HttpStatusCode.Unauthorized, answers);
        await PostAsync(asKey, """{"model":"gpt","input":"auth","stream":true}""", HttpStatusCode.Unauthorized, answers);
        string stream = await PostAsync(asKey, """{"model":"gpt","input":"broken","stream":true,"store":true}""", HttpStatusCode.OK, answers);
        stream.Should().Contain("response.failed", "the stream failed as the test meant it to");
        await PostAsync(asKey, """{"model":"claude","input":"x"}""", HttpStatusCode.Unauthorized, answers);
        await PostAsync(gateway.Client, """{"model":"claude","input":"x","stream":true}""", HttpStatusCode.Unauthorized, answers);
        await PostAsync(wrong, """{"model":"gpt","input":"ok"}""", HttpStatusCode.Unauthorized, answers);
        answers.Add(await AnswerAsync(await asKey.GetAsync($"/v1/responses/{id}")));
        answers.Add(await AnswerAsync(await asKey.GetAsync($"/v1/responses/{id}/input_items")));
        // /key/info echoes the key its caller presented (as LiteLLM does); everything else in that answer is scanned.
        answers.Add((await AnswerAsync(await asKey.GetAsync($"/key/info?key={virtualKey}"))).Replace("\"key\":\"" + virtualKey + "\"", "\"key\":\"<presented>\"", StringComparison.Ordinal));
        answers.Add(await AnswerAsync(await gateway.Client.GetAsync("/metrics")));
        answers.Should().Contain(a => a.Contains("invalid_api_key", StringComparison.Ordinal), "the upstream 401 reached the client");

        var places = new List<(string Where, string Text)>();
        places.AddRange(answers.Select((a, i) => ($"answer {i}", a)));
        places.AddRange(logs.Entries.Select((e, i) => ($"log {i}", e)));
        places.AddRange(await gateway.ReadFilesAsync());

        places.Should().Contain(p => p.Where.StartsWith("gateway.db", StringComparison.Ordinal), "the store was written");
        logs.Entries.Should().NotBeEmpty();
        string[] secrets = [OpenAIKey, AnthropicKey, GatewayHarness.MasterKey, virtualKey, WrongKey];
        var leaks = (from p in places from s in secrets where p.Text.Contains(s, StringComparison.Ordinal) select $"{s} in {p.Where}: {Excerpt(p.Text, s)}").ToList();
        leaks.Should().BeEmpty();
    }

    private static async Task<string> PostAsync(HttpClient client, string json, HttpStatusCode expected, List<string> answers)
    {
        using HttpResponseMessage response = await client.PostAsync("/v1/responses", GatewayHarness.Json(json));
        string text = await AnswerAsync(response);
        answers.Add(text);
        response.StatusCode.Should().Be(expected, text);
        return text[(text.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];
    }

    /// <summary>The headers and the body of an answer.</summary>
    private static async Task<string> AnswerAsync(HttpResponseMessage response) =>
        $"{response.Headers}{response.Content.Headers}\n\n{await response.Content.ReadAsStringAsync()}";

    private static string Excerpt(string text, string secret)
    {
        int at = text.IndexOf(secret, StringComparison.Ordinal);
        int start = Math.Max(0, at - 120);
        return text[start..Math.Min(text.Length, at + secret.Length + 60)];
    }
}
