using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Responses.Testing;

namespace Responses.Gateway.Tests;

/// <summary>The gateway on a free loopback port, with a fake OpenAI and a fake Anthropic upstream.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    public const string MasterKey = "sk-gateway-test";
    private readonly string _directory;

    private GatewayHarness(string directory, FakeUpstream openAI, FakeUpstream anthropic, WebApplication app, HttpClient client, GatewayConfig config)
    {
        _directory = directory;
        Config = config;
        OpenAI = openAI;
        Anthropic = anthropic;
        App = app;
        Client = client;
    }

    public FakeUpstream OpenAI { get; }

    /// <summary>The parsed config the gateway runs with (to start a second replica over the same database).</summary>
    public GatewayConfig Config { get; }

    public FakeUpstream Anthropic { get; }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public Uri BaseAddress => Client.BaseAddress!;

    /// <summary>The directory of the config (and of the SQLite database).</summary>
    public string Directory => _directory;

    /// <summary>
    /// Starts the gateway with deployments <c>gpt</c> (OpenAI fake) and <c>claude</c> (Anthropic fake), plus
    /// <paramref name="extraModels"/> (YAML list entries, optionally followed by a top-level <c>router_settings:</c> block;
    /// <c>{openai}</c> and <c>{anthropic}</c> are the fakes' bases).
    /// </summary>
    public static async Task<GatewayHarness> StartAsync(
        string? masterKey = MasterKey,
        string? extraModels = null,
        string databaseUrl = "sqlite:///gateway.db",
        string? generalSettings = null,
        TimeProvider? time = null,
        Func<IResponsesClient, IResponsesClient>? wrapProvider = null,
        Random? random = null,
        Microsoft.Extensions.Logging.ILoggerProvider? logs = null)
    {
        string directory = Path.Combine(Path.GetTempPath(), "gateway-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        FakeUpstream openAI = await FakeUpstream.StartAsync();
        FakeUpstream anthropic = await FakeUpstream.StartAsync();
        string openAIBase = new Uri(openAI.BaseAddress, "v1").ToString();
        string anthropicBase = anthropic.BaseAddress.ToString();
        string extra = (extraModels ?? string.Empty).Replace("{openai}", openAIBase, StringComparison.Ordinal).Replace("{anthropic}", anthropicBase, StringComparison.Ordinal);
        string yaml = $"""
            model_list:
              - model_name: gpt
                litellm_params:
                  model: openai/gpt-5.3-codex
                  api_key: os.environ/TEST_OPENAI_KEY
                  api_base: {openAIBase}
              - model_name: claude
                litellm_params:
                  model: anthropic/claude-3-opus-latest
                  api_key: sk-ant-test
                  api_base: {anthropicBase}
            {extra}
            general_settings:
              {(masterKey is null ? "" : "master_key: " + masterKey)}
              database_url: {databaseUrl}
              {generalSettings}
            """;
        GatewayConfig config = GatewayConfig.Parse(yaml, directory, name => name == "TEST_OPENAI_KEY" ? "sk-openai-test" : null);
        WebApplication app = Gateway.Build(config, ["--urls", "http://127.0.0.1:0"], time, wrapProvider, random, logs);
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(30) };
        if (masterKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", masterKey);
        }

        return new GatewayHarness(directory, openAI, anthropic, app, client, config);
    }

    /// <summary>
    /// The bytes of every file in the gateway's directory (the SQLite database, its WAL and shared-memory index), as
    /// Latin-1 text for substring scans. A file that vanishes while listed (SQLite removes -wal/-shm when its last
    /// connection closes) held nothing the database does not.
    /// </summary>
    public async Task<IReadOnlyList<(string Name, string Text)>> ReadFilesAsync(string pattern = "*")
    {
        var files = new List<(string, string)>();
        foreach (string file in System.IO.Directory.GetFiles(_directory, pattern))
        {
            try
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var memory = new MemoryStream();
                await stream.CopyToAsync(memory);
                files.Add((Path.GetFileName(file), Encoding.Latin1.GetString(memory.ToArray())));
            }
            catch (FileNotFoundException)
            {
            }
        }

        return files;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(string path, string json)
    {
        HttpResponseMessage response = await Client.PostAsync(path, Json(json));
        return (response, await BodyAsync(response));
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpMethod method, string path)
    {
        HttpResponseMessage response = await Client.SendAsync(new HttpRequestMessage(method, path));
        return (response, await BodyAsync(response));
    }

    public static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>Reads an SSE body with <see cref="SseParser"/>, checking that each frame's event name is its data's type.</summary>
    public static async Task<IReadOnlyList<JsonElement>> ReadEventsAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        var events = new List<JsonElement>();
        await using Stream stream = await response.Content.ReadAsStreamAsync();
        await foreach (SseItem<string> item in SseParser.Create(stream).EnumerateAsync())
        {
            JsonElement data = JsonDocument.Parse(item.Data).RootElement.Clone();
            item.EventType.Should().Be(data.GetProperty("type").GetString());
            events.Add(data);
        }

        return events;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await OpenAI.DisposeAsync();
        await Anthropic.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
