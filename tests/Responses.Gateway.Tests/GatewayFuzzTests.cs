using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Responses.Gateway.ChatCompletions;
using Responses.Gateway.Endpoints;
using Responses.Testing;
using Xunit.Abstractions;

namespace Responses.Gateway.Tests;

/// <summary>
/// Bad input to the gateway: bodies mutated from valid ones (<see cref="GatewayFuzzMutator"/>) must be accepted or refused
/// with a 4xx in the OpenAI error shape — never a 5xx, a crash or a hang. The bulk (100,000 cases) runs the endpoints'
/// own parse and validation steps; a few thousand go through real HTTP with the upstream fakes answering.
/// Seeded: set <c>GATEWAY_FUZZ_SEED</c> to explore other seeds; a failure prints its seed, case number and body.
/// </summary>
public sealed class GatewayFuzzTests(ITestOutputHelper output)
{
    private const string OpenAIRecording = Fixtures.OpenAIResponsesRecordings + "/openai-phase.1";
    private const string AnthropicVercel = "wire/vercel-ai-fixtures/packages/anthropic/src/__fixtures__";

    private static readonly string[] ResponsesSeeds =
    [
        """{"model":"gpt","input":"Hi"}""",
        """{"model":"claude","input":"Hi","stream":true,"max_output_tokens":64,"temperature":0.2}""",
        """
        {"model":"gpt","instructions":"Be brief.","store":true,"metadata":{"k":"v"},"parallel_tool_calls":false,"truncation":"auto",
         "input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"What is in this image?"},{"type":"input_image","image_url":"data:image/png;base64,iVBORw0KGgo=","detail":"low"}]},
                  {"type":"function_call","call_id":"call_1","name":"get_weather","arguments":"{\"city\":\"Paris\"}"},
                  {"type":"function_call_output","call_id":"call_1","output":"sunny"},
                  {"type":"reasoning","id":"rs_1","summary":[{"type":"summary_text","text":"thinking"}]}],
         "tools":[{"type":"function","name":"get_weather","description":"Weather","parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]},"strict":true}],
         "tool_choice":{"type":"function","name":"get_weather"},"reasoning":{"effort":"low","summary":"auto"},"include":["reasoning.encrypted_content"]}
        """,
        """
        {"model":"claude","previous_response_id":"resp_123","input":[{"role":"user","content":"Hi"}],
         "text":{"format":{"type":"json_schema","name":"answer","schema":{"type":"object","properties":{"a":{"type":"integer"}}},"strict":true}},
         "tools":[{"type":"mcp","server_label":"docs","server_url":"https://example.com/mcp","require_approval":"never"},{"type":"web_search"}],"top_p":0.9,"service_tier":"auto"}
        """,
    ];

    private static readonly string[] ChatSeeds =
    [
        """{"model":"gpt","messages":[{"role":"user","content":"Hi"}]}""",
        """
        {"model":"claude","stream":true,"stream_options":{"include_usage":true},"max_tokens":50,"stop":["\n"],"temperature":1,
         "messages":[{"role":"system","content":"Be brief."},{"role":"user","content":[{"type":"text","text":"Look"},{"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo=","detail":"high"}}]},
                     {"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"f","arguments":"{}"}}]},
                     {"role":"tool","tool_call_id":"call_1","content":"done"}],
         "tools":[{"type":"function","function":{"name":"f","description":"d","parameters":{"type":"object","properties":{}}}}],"tool_choice":"auto",
         "response_format":{"type":"json_schema","json_schema":{"name":"s","schema":{"type":"object"}}},"reasoning_effort":"low"}
        """,
        """{"model":"gpt","messages":[{"role":"user","content":"Hi"}],"functions":[{"name":"g","parameters":{"type":"object"}}],"function_call":{"name":"g"},"n":1,"user":"u"}""",
    ];

    private static readonly string[] ConversationSeeds =
    [
        """{"metadata":{"topic":"demo"},"items":[{"type":"message","role":"user","content":"Hello!"}]}""",
        """{"items":[{"type":"message","role":"assistant","content":[{"type":"output_text","text":"Hi","annotations":[]}]},{"type":"function_call_output","call_id":"c","output":"x"}]}""",
    ];

    private static readonly string[] KeySeeds =
    [
        """{"key_alias":"team-a","duration":"30d","models":["gpt"],"max_budget":10.5,"budget_duration":"1d","rpm_limit":10,"tpm_limit":1000,"user_id":"u1","metadata":{"a":1}}""",
        """{"key":"sk-custom-key-0001","models":["gpt","claude"],"team_id":"t"}""",
    ];

    private enum Target
    {
        Responses,
        ChatCompletions,
        Conversations,
        Keys,
    }

    private static int Seed =>
        int.TryParse(Environment.GetEnvironmentVariable("GATEWAY_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int s) ? s : 20261123;

    [Fact]
    public void Hundred_thousand_mutated_bodies_are_accepted_or_refused_with_a_client_error()
    {
        const int Cases = 100_000;
        int seed = Seed;
        var mutator = new GatewayFuzzMutator(new Random(seed));
        var random = new Random(seed + 1);
        var failures = new List<string>();
        int refused = 0;
        for (int i = 0; i < Cases; i++)
        {
            Target target = (Target)(i % 4);
            byte[] body = mutator.Mutate(Pick(random, target));
            (bool accepted, string? failure) = Parse(target, body);
            refused += accepted ? 0 : 1;
            if (failure is not null && failures.Count < 10)
            {
                failures.Add($"seed {seed}, case {i}, {target}: {failure}\nbody: {Encoding.UTF8.GetString(body)}");
            }
        }

        output.WriteLine($"seed {seed}: {Cases} cases, {refused} refused with a client error.");
        failures.Should().BeEmpty();

        // Not a vacuous run: the mutations produce both bodies the gateway accepts and bodies it refuses.
        refused.Should().BeInRange(Cases / 10, Cases - (Cases / 10));
    }

    [Fact]
    public async Task Mutated_bodies_over_http_get_a_2xx_or_a_4xx_in_the_OpenAI_error_shape()
    {
        const int Cases = 2_400;
        int seed = Seed;
        var mutator = new GatewayFuzzMutator(new Random(seed));
        var random = new Random(seed + 1);
        var cases = new List<(Target Target, byte[] Body)>(Cases);
        for (int i = 0; i < Cases; i++)
        {
            Target target = (Target)(i % 4);
            cases.Add((target, mutator.Mutate(Pick(random, target))));
        }

        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        // The fakes answer as the providers do: a stream to a streamed request, JSON otherwise.
        UpstreamReply openAIJson = UpstreamReply.Json(Fixtures.ReadJson(OpenAIRecording + ".json"));
        UpstreamReply openAIStream = UpstreamReply.SseEvents(Fixtures.ReadChunks(OpenAIRecording + ".chunks.txt"));
        UpstreamReply anthropicJson = UpstreamReply.Json(Fixtures.ReadJson(AnthropicVercel + "/anthropic-text.json"));
        UpstreamReply anthropicStream = UpstreamReply.SseEvents(Fixtures.ReadChunks(AnthropicVercel + "/anthropic-text.chunks.txt"));
        gateway.OpenAI.Route("POST", "/v1/responses").Handle(r => Streamed(r) ? openAIStream : openAIJson);
        gateway.Anthropic.Route("POST", "/v1/messages").Handle(r => Streamed(r) ? anthropicStream : anthropicJson);

        var failures = new ConcurrentBag<string>();
        int[] byClass = new int[6];
        await Parallel.ForEachAsync(Enumerable.Range(0, Cases), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            (Target target, byte[] body) = cases[i];
            string path = target switch
            {
                Target.Responses => "/v1/responses",
                Target.ChatCompletions => "/v1/chat/completions",
                Target.Conversations => "/v1/conversations",
                _ => "/key/generate",
            };
            string? failure = await SendAsync(gateway, path, body, byClass);
            if (failure is not null)
            {
                failures.Add($"seed {seed}, case {i}, POST {path}: {failure}\nbody: {Encoding.UTF8.GetString(body)}");
            }
        });

        output.WriteLine($"seed {seed}: 2xx {byClass[2]}, 4xx {byClass[4]}, 5xx {byClass[5]}.");
        failures.Take(10).Should().BeEmpty();
        byClass[2].Should().BeGreaterThan(Cases / 20, "some mutated bodies are still valid");
        byClass[4].Should().BeGreaterThan(Cases / 20, "most mutated bodies are refused");
    }

    /// <summary>Sends one body; null when the answer is a 2xx, or a 4xx whose body is the OpenAI error shape.</summary>
    internal static async Task<string?> SendAsync(GatewayHarness gateway, string path, byte[] body, int[]? byClass = null)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            using HttpResponseMessage response = await gateway.Client.PostAsync(path, content, timeout.Token);
            string text = await response.Content.ReadAsStringAsync(timeout.Token);
            int status = (int)response.StatusCode;
            if (byClass is not null)
            {
                Interlocked.Increment(ref byClass[Math.Clamp(status / 100, 0, 5)]);
            }

            if (status is >= 200 and < 300)
            {
                return null;
            }

            return status is >= 400 and < 500 && IsOpenAIError(text) ? null : $"{status}: {text}";
        }
        catch (OperationCanceledException)
        {
            return "no answer within 20 s";
        }
        catch (HttpRequestException e)
        {
            return "connection failed: " + e.Message;
        }
    }

    /// <summary>Whether <paramref name="text"/> is <c>{"error":{"message","type","param","code"}}</c> with a message and a type.</summary>
    internal static bool IsOpenAIError(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.TryGetProperty("error", out JsonElement error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("message", out JsonElement m) && m.ValueKind == JsonValueKind.String && m.GetString()!.Length > 0
                && error.TryGetProperty("type", out JsonElement t) && t.ValueKind == JsonValueKind.String
                && error.TryGetProperty("param", out JsonElement p) && p.ValueKind is JsonValueKind.String or JsonValueKind.Null
                && error.TryGetProperty("code", out JsonElement c) && c.ValueKind is JsonValueKind.String or JsonValueKind.Null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// The endpoint's own parse and validation steps. Accepted: parsed and valid; refused: an exception the endpoint turns
    /// into a 4xx. Any other exception is a failure (the endpoint would answer 500).
    /// </summary>
    private static (bool Accepted, string? Failure) Parse(Target target, byte[] body)
    {
        try
        {
            switch (target)
            {
                case Target.Responses:
                    CreateResponseRequest? request = ResponsesJson.Deserialize<CreateResponseRequest>(body);
                    if (request is null || Http.GatewayLimits.Check(request, "input") is not null)
                    {
                        return (false, null);
                    }

                    // What the OpenAI provider sends upstream: the request written back.
                    _ = ResponsesJson.SerializeToUtf8Bytes(request);
                    return (true, null);
                case Target.ChatCompletions:
                    if (ChatCompletionRequestMapper.ParseAndMap(body) is not { } mapped || Http.GatewayLimits.Check(mapped, "messages") is not null)
                    {
                        return (false, null);
                    }

                    _ = ResponsesJson.SerializeToUtf8Bytes(mapped);
                    return (true, null);
                case Target.Conversations:
                    bool created = ResponsesJson.Deserialize<CreateConversationRequest>(body) is not null;
                    bool added = ResponsesJson.Deserialize<AddConversationItemsRequest>(body) is not null;
                    return (created && added, null);
                default:
                    _ = KeyRequest.Parse(KeyEndpoints.ParseBody(body));
                    return (true, null);
            }
        }
        catch (JsonException)
        {
            return (false, null);
        }
        catch (InvalidOperationException e) when (target == Target.ChatCompletions && e.InnerException is DecoderFallbackException)
        {
            // The chat endpoint's 400 for invalid UTF-8 in a raw JSON field.
            return (false, null);
        }
        catch (KeyRequestException)
        {
            return (false, null);
        }
        catch (ResponsesException e) when (e.StatusCode is >= 400 and < 500)
        {
            return (false, null);
        }
        catch (Exception e)
        {
            return (false, e.GetType().Name + ": " + e.Message);
        }
    }

    private static bool Streamed(RecordedRequest request) =>
        request.Json is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("stream", out JsonElement stream) && stream.ValueKind == JsonValueKind.True;

    private static string Pick(Random random, Target target)
    {
        string[] seeds = target switch
        {
            Target.Responses => ResponsesSeeds,
            Target.ChatCompletions => ChatSeeds,
            Target.Conversations => ConversationSeeds,
            _ => KeySeeds,
        };
        return seeds[random.Next(seeds.Length)];
    }
}
