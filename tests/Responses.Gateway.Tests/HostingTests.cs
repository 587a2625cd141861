using Microsoft.AspNetCore.Builder;

namespace Responses.Gateway.Tests;

public sealed class HostingTests
{
    [Fact]
    public async Task Port_and_host_arguments_choose_the_listening_address()
    {
        string directory = Path.Combine(Path.GetTempPath(), "gateway-hosting-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            GatewayConfig config = GatewayConfig.Parse("model_list:\n  - model_name: a\n    litellm_params:\n      model: openai/x\n      api_key: k\n", directory);
            await using WebApplication app = Gateway.Build(config, ["--host", "127.0.0.1", "--port", "0"]);
            await app.StartAsync();
            var address = new Uri(app.Urls.Single());
            address.Host.Should().Be("127.0.0.1");
            address.Port.Should().BeGreaterThan(0);
            using var client = new HttpClient { BaseAddress = address };
            (await client.GetStringAsync("/health/liveliness")).Should().Contain("alive");
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
