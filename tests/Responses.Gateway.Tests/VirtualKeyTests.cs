using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Responses.Gateway.Keys;
using Responses.Providers.Middleware.Budgets;
using Responses.Testing;

namespace Responses.Gateway.Tests;

/// <summary>LiteLLM's virtual keys through the gateway: generate, info, delete, allowed models, expiry, isolation.</summary>
public sealed class VirtualKeyTests
{
    private const string OpenAIRecording = Fixtures.OpenAIResponsesRecordings + "/openai-phase.1";

    private static async Task<(string Key, JsonElement Body)> GenerateAsync(GatewayHarness gateway, string json)
    {
        var (response, body) = await gateway.PostAsync("/key/generate", json);
        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        return (body.GetProperty("key").GetString()!, body);
    }

    private static HttpClient ClientWith(GatewayHarness gateway, string key)
    {
        var client = new HttpClient { BaseAddress = gateway.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient client, HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = json is null ? null : GatewayHarness.Json(json) };
        using HttpResponseMessage response = await client.SendAsync(request);
        return (response.StatusCode, await GatewayHarness.BodyAsync(response));
    }

    [Fact]
    public async Task Generate_answers_like_LiteLLM_and_info_returns_the_stored_limits()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();

        var (key, generated) = await GenerateAsync(gateway, """
            {"models":["gpt"],"max_budget":10.5,"budget_duration":"30d","rpm_limit":100,"tpm_limit":100000,
             "user_id":"user-1","metadata":{"team":"backend"},"key_alias":"prod-app","duration":"30d","team_id":"t1"}
            """);

        key.Should().StartWith("sk-").And.HaveLength(35);
        generated.GetProperty("key_name").GetString().Should().Be("sk-..." + key[^4..]);
        generated.GetProperty("models").EnumerateArray().Select(m => m.GetString()).Should().Equal("gpt");
        generated.GetProperty("max_budget").GetDecimal().Should().Be(10.5m);
        generated.GetProperty("budget_duration").GetString().Should().Be("30d");
        generated.GetProperty("rpm_limit").GetInt32().Should().Be(100);
        generated.GetProperty("tpm_limit").GetInt64().Should().Be(100000);
        generated.GetProperty("user_id").GetString().Should().Be("user-1");
        generated.GetProperty("key_alias").GetString().Should().Be("prod-app");
        generated.GetProperty("metadata").GetProperty("team").GetString().Should().Be("backend");
        DateTimeOffset expires = generated.GetProperty("expires").GetDateTimeOffset();
        expires.Should().BeCloseTo(DateTimeOffset.UtcNow.AddDays(30), TimeSpan.FromHours(1));
        generated.GetProperty("ignored_fields").EnumerateArray().Select(f => f.GetString()).Should().Equal("team_id");

        var (infoResponse, info) = await gateway.SendAsync(HttpMethod.Get, "/key/info?key=" + key);
        infoResponse.StatusCode.Should().Be(HttpStatusCode.OK, info.ToString());
        info.GetProperty("key").GetString().Should().Be(key);
        JsonElement details = info.GetProperty("info");
        details.GetProperty("token").GetString().Should().Be(VirtualKeyHash.Of(key));
        details.GetProperty("spend").GetDecimal().Should().Be(0);
        details.GetProperty("max_budget").GetDecimal().Should().Be(10.5m);
        details.GetProperty("rpm_limit").GetInt32().Should().Be(100);
        details.GetProperty("tpm_limit").GetInt64().Should().Be(100000);
        details.GetProperty("user_id").GetString().Should().Be("user-1");
        details.GetProperty("metadata").GetProperty("team").GetString().Should().Be("backend");
    }

    [Fact]
    public async Task Keys_are_stored_hashed_in_the_embedded_database()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        var (key, _) = await GenerateAsync(gateway, "{}");

        // The database and its write-ahead log, as they are on disk.
        string text = string.Concat((await gateway.ReadFilesAsync("gateway.db*")).Select(f => f.Text));
        text.Should().NotContain(key).And.Contain(VirtualKeyHash.Of(key));
    }

    [Fact]
    public async Task A_key_may_only_use_its_models_and_sees_only_them()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        var (key, _) = await GenerateAsync(gateway, """{"models":["claude"]}""");
        using HttpClient client = ClientWith(gateway, key);

        var (status, error) = await SendAsync(client, HttpMethod.Post, "/v1/responses", """{"model":"gpt","input":"hi"}""");
        status.Should().Be(HttpStatusCode.Unauthorized);
        error.GetProperty("error").GetProperty("type").GetString().Should().Be("key_model_access_denied");
        error.GetProperty("error").GetProperty("param").GetString().Should().Be("model");
        error.GetProperty("error").GetProperty("message").GetString().Should().Contain("claude").And.Contain("gpt");
        gateway.OpenAI.Requests.Should().BeEmpty();

        var (modelsStatus, models) = await SendAsync(client, HttpMethod.Get, "/v1/models");
        modelsStatus.Should().Be(HttpStatusCode.OK);
        models.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()).Should().Equal("claude");
    }

    [Fact]
    public async Task An_expired_key_is_rejected()
    {
        var time = new ManualTime(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(time: time);
        var (key, generated) = await GenerateAsync(gateway, """{"duration":"1h"}""");
        generated.GetProperty("expires").GetDateTimeOffset().Should().Be(time.Now.AddHours(1));
        using HttpClient client = ClientWith(gateway, key);

        (await SendAsync(client, HttpMethod.Get, "/v1/models")).Status.Should().Be(HttpStatusCode.OK);
        time.Now = time.Now.AddHours(1);
        var (status, error) = await SendAsync(client, HttpMethod.Get, "/v1/models");

        status.Should().Be(HttpStatusCode.Unauthorized);
        error.GetProperty("error").GetProperty("type").GetString().Should().Be("expired_key");
    }

    [Fact]
    public async Task Stored_responses_are_isolated_per_key()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        gateway.OpenAI.EnqueuePost("/v1/responses", UpstreamReply.Json(Fixtures.ReadJson(OpenAIRecording + ".json")));
        var (keyA, _) = await GenerateAsync(gateway, """{"user_id":"alice"}""");
        var (keyB, _) = await GenerateAsync(gateway, "{}");
        using HttpClient a = ClientWith(gateway, keyA);
        using HttpClient b = ClientWith(gateway, keyB);

        var (created, body) = await SendAsync(a, HttpMethod.Post, "/v1/responses", """{"model":"gpt","input":"Hello"}""");
        created.Should().Be(HttpStatusCode.OK, body.ToString());
        string id = body.GetProperty("id").GetString()!;
        (await gateway.OpenAI.WaitForRequestsAsync(1))[0].Json!.Value.GetProperty("user").GetString().Should().Be("alice", "the key's user_id is tracked as the request's user");

        (await SendAsync(a, HttpMethod.Get, $"/v1/responses/{id}")).Status.Should().Be(HttpStatusCode.OK);
        var (other, notFound) = await SendAsync(b, HttpMethod.Get, $"/v1/responses/{id}");
        other.Should().Be(HttpStatusCode.NotFound);
        notFound.GetProperty("error").GetProperty("type").GetString().Should().Be("invalid_request_error");
        (await SendAsync(b, HttpMethod.Get, $"/v1/responses/{id}/input_items")).Status.Should().Be(HttpStatusCode.NotFound);
        (await SendAsync(b, HttpMethod.Delete, $"/v1/responses/{id}")).Status.Should().Be(HttpStatusCode.NotFound);
        (await gateway.SendAsync(HttpMethod.Get, $"/v1/responses/{id}")).Response.StatusCode.Should().Be(HttpStatusCode.NotFound, "the master key is its own owner too");
        (await SendAsync(a, HttpMethod.Delete, $"/v1/responses/{id}")).Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Only_the_master_key_manages_keys_and_a_key_may_describe_itself()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        var (key, _) = await GenerateAsync(gateway, "{}");
        var (other, _) = await GenerateAsync(gateway, "{}");
        using HttpClient client = ClientWith(gateway, key);

        var (generate, error) = await SendAsync(client, HttpMethod.Post, "/key/generate", "{}");
        generate.Should().Be(HttpStatusCode.Forbidden);
        error.GetProperty("error").GetProperty("type").GetString().Should().Be("permission_error");
        (await SendAsync(client, HttpMethod.Post, "/key/delete", $$"""{"keys":["{{other}}"]}""")).Status.Should().Be(HttpStatusCode.Forbidden);
        (await SendAsync(client, HttpMethod.Get, "/key/info?key=" + other)).Status.Should().Be(HttpStatusCode.Forbidden);

        var (self, info) = await SendAsync(client, HttpMethod.Get, "/key/info");
        self.Should().Be(HttpStatusCode.OK);
        info.GetProperty("info").GetProperty("token").GetString().Should().Be(VirtualKeyHash.Of(key));
    }

    [Fact]
    public async Task Delete_removes_keys_all_or_nothing()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        var (first, _) = await GenerateAsync(gateway, "{}");
        var (second, _) = await GenerateAsync(gateway, "{}");

        var (missing, error) = await gateway.PostAsync("/key/delete", $$"""{"keys":["{{first}}","sk-does-not-exist"]}""");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        error.GetProperty("error").GetProperty("param").GetString().Should().Be("keys");
        (await gateway.SendAsync(HttpMethod.Get, "/key/info?key=" + first)).Response.StatusCode.Should().Be(HttpStatusCode.OK, "nothing was deleted");

        var (deleted, body) = await gateway.PostAsync("/key/delete", $$"""{"keys":["{{first}}","{{VirtualKeyHash.Of(second)}}"]}""");
        deleted.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        body.GetProperty("deleted_keys").EnumerateArray().Select(k => k.GetString()).Should().Equal(first, VirtualKeyHash.Of(second));
        (await gateway.SendAsync(HttpMethod.Get, "/key/info?key=" + first)).Response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using HttpClient client = ClientWith(gateway, second);
        (await SendAsync(client, HttpMethod.Get, "/v1/models")).Status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("""{"models":"gpt"}""", "models")]
    [InlineData("""{"max_budget":"ten"}""", "max_budget")]
    [InlineData("""{"rpm_limit":1.5}""", "rpm_limit")]
    [InlineData("""{"duration":"forever"}""", "duration")]
    [InlineData("""{"budget_duration":"1mo"}""", "budget_duration")]
    [InlineData("""{"metadata":[1]}""", "metadata")]
    [InlineData("""{"key":"short"}""", "key")]
    [InlineData("""[1,2]""", null)]
    public async Task Bad_generate_fields_are_400_naming_the_field(string json, string? param)
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        var (response, body) = await gateway.PostAsync("/key/generate", json);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        JsonElement error = body.GetProperty("error");
        error.GetProperty("type").GetString().Should().Be("invalid_request_error");
        if (param is null)
        {
            error.GetProperty("param").ValueKind.Should().Be(JsonValueKind.Null);
        }
        else
        {
            error.GetProperty("param").GetString().Should().Be(param);
        }
    }

    [Fact]
    public async Task A_custom_key_can_be_chosen()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        var (key, _) = await GenerateAsync(gateway, """{"key":"sk-my-custom-key-123"}""");
        key.Should().Be("sk-my-custom-key-123");
        (await gateway.PostAsync("/key/generate", """{"key":"sk-my-custom-key-123"}""")).Response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_key_reaches_the_middleware_through_the_call_context_and_its_limits_through_the_budget_seam()
    {
        var seen = new List<(string? ApiKeyId, string Owner, VirtualKey? Key)>();
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(wrapProvider: inner => new Capture(inner, seen));
        gateway.OpenAI.EnqueuePost("/v1/responses", UpstreamReply.Json(Fixtures.ReadJson(OpenAIRecording + ".json")));
        var (key, _) = await GenerateAsync(gateway, """{"max_budget":5,"budget_duration":"1d","rpm_limit":10,"tpm_limit":1000}""");
        using HttpClient client = ClientWith(gateway, key);
        client.DefaultRequestHeaders.Authorization = null;
        client.DefaultRequestHeaders.Add("x-litellm-api-key", key);

        (await SendAsync(client, HttpMethod.Post, "/v1/responses", """{"model":"gpt","input":"Hello"}""")).Status.Should().Be(HttpStatusCode.OK);

        string hash = VirtualKeyHash.Of(key);
        seen.Should().ContainSingle().Which.Should().Match<(string? ApiKeyId, string Owner, VirtualKey? Key)>(s => s.ApiKeyId == hash && s.Owner == hash && s.Key!.RpmLimit == 10);
        IVirtualKeyStore store = gateway.App.Services.GetRequiredService<IVirtualKeyStore>();
        BudgetLimits? limits = await new VirtualKeyBudgetLimits(store).GetLimitsAsync(new BudgetSubject(BudgetSubjectKind.ApiKey, hash));
        limits.Should().NotBeNull();
        limits!.MaxBudget.Should().Be(5);
        limits.BudgetDuration.Should().Be(TimeSpan.FromDays(1));
        limits.BudgetPeriodStart.Should().Be(seen[0].Key!.CreatedAt);
        limits.RequestsPerMinute.Should().Be(10);
        limits.TokensPerMinute.Should().Be(1000);
        (await new VirtualKeyBudgetLimits(store).GetLimitsAsync(new BudgetSubject(BudgetSubjectKind.EndUser, hash))).Should().BeNull();
    }

    private sealed class Capture(IResponsesClient inner, List<(string? ApiKeyId, string Owner, VirtualKey? Key)> seen) : DelegatingResponsesClient(inner)
    {
        public override Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
        {
            seen.Add((ResponsesCallContext.ApiKeyId, ResponsesCallContext.Owner, VirtualKeyContext.Current));
            return base.CreateResponseAsync(request, cancellationToken);
        }
    }
}
