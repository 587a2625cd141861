using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Npgsql;
using Responses.Testing;

namespace Responses.Gateway.Tests;

/// <summary>
/// <c>general_settings.database_url: postgresql://…</c> against the real PostgreSQL named by <c>RESPONSES_TEST_POSTGRES</c>
/// (.ci/run starts one); skipped without it, like the store suite.
/// </summary>
public sealed class PostgresGatewayTests : IAsyncLifetime
{
    private const string Variable = "RESPONSES_TEST_POSTGRES";
    private const string OpenAIRecording = Fixtures.OpenAIResponsesRecordings + "/openai-phase.1";
    private readonly string _schema = $"gw_{Guid.NewGuid():N}";

    private static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (ConnectionString is { } connectionString)
        {
            await using NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);
            await using NpgsqlCommand drop = dataSource.CreateCommand($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE");
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <summary>The test server's connection string written as the postgresql:// URL a LiteLLM config holds.</summary>
    private string DatabaseUrl()
    {
        var b = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"postgresql://{Uri.EscapeDataString(b.Username!)}:{Uri.EscapeDataString(b.Password ?? string.Empty)}@{b.Host}:{b.Port}/{Uri.EscapeDataString(b.Database!)}?schema={_schema}";
    }

    [SkippableFact]
    public async Task Two_replicas_share_keys_and_responses_in_PostgreSQL()
    {
        Skip.If(ConnectionString is null, $"{Variable} is not set: no PostgreSQL server to test against (.ci/run starts one).");
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(databaseUrl: DatabaseUrl());
        gateway.Config.StoreKind.Should().Be(GatewayStoreKind.Postgres);
        gateway.OpenAI.EnqueuePost("/v1/responses", UpstreamReply.Json(Fixtures.ReadJson(OpenAIRecording + ".json")));

        var (generated, keyBody) = await gateway.PostAsync("/key/generate", """{"models":["gpt"]}""");
        generated.StatusCode.Should().Be(HttpStatusCode.OK, keyBody.ToString());
        string key = keyBody.GetProperty("key").GetString()!;
        using var client = new HttpClient { BaseAddress = gateway.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using HttpResponseMessage created = await client.PostAsync("/v1/responses", GatewayHarness.Json("""{"model":"gpt","input":"Hello"}"""));
        created.StatusCode.Should().Be(HttpStatusCode.OK);
        string id = (await GatewayHarness.BodyAsync(created)).GetProperty("id").GetString()!;

        // A second replica over the same database accepts the key and serves the response to it, and only to it.
        await using WebApplication replica = Gateway.Build(gateway.Config, ["--urls", "http://127.0.0.1:0"]);
        await replica.StartAsync();
        using var replicaClient = new HttpClient { BaseAddress = new Uri(replica.Urls.First()) };
        replicaClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using HttpResponseMessage fetched = await replicaClient.GetAsync($"/v1/responses/{id}");
        fetched.StatusCode.Should().Be(HttpStatusCode.OK);
        replicaClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", GatewayHarness.MasterKey);
        (await replicaClient.GetAsync($"/v1/responses/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        await replica.StopAsync();

        await using NpgsqlDataSource dataSource = NpgsqlDataSource.Create(ConnectionString!);
        await using NpgsqlCommand owner = dataSource.CreateCommand($"SELECT owner FROM \"{_schema}\".responses WHERE id = @id");
        owner.Parameters.AddWithValue("id", id);
        (await owner.ExecuteScalarAsync()).Should().Be(VirtualKeyHash.Of(key));
        await using NpgsqlCommand keys = dataSource.CreateCommand($"SELECT count(*) FROM \"{_schema}\".virtual_keys WHERE token_hash = @hash");
        keys.Parameters.AddWithValue("hash", VirtualKeyHash.Of(key));
        (await keys.ExecuteScalarAsync()).Should().Be(1L);
    }
}
