using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Responses.Testing;

namespace Responses.Gateway.Tests;

/// <summary>
/// <c>mcp</c> tools through the gateway: emulated for providers without hosted MCP, and <c>server_url</c> checked
/// against <c>general_settings.mcp_server_url_allowlist</c> (by default only public addresses: no SSRF into the
/// gateway's network).
/// </summary>
public sealed class McpGatewayTests
{
    private const string AnthropicVercel = "wire/vercel-ai-fixtures/packages/anthropic/src/__fixtures__";

    private static string McpRequest(string serverUrl) => $$"""
        {"model":"claude","input":"What tools do you have?",
         "tools":[{"type":"mcp","server_label":"internal","server_url":"{{serverUrl}}","require_approval":"never"}]}
        """;

    [Theory]
    [InlineData("http://127.0.0.1:8080/mcp")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://10.0.0.7/mcp")]
    public async Task Without_an_allowlist_a_private_server_url_is_refused_before_anything_is_sent(string serverUrl)
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();

        var (response, body) = await gateway.PostAsync("/v1/responses", McpRequest(serverUrl));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body.ToString());
        JsonElement error = body.GetProperty("error");
        error.GetProperty("type").GetString().Should().Be("invalid_request_error");
        error.GetProperty("param").GetString().Should().Be("tools[0].server_url");
        error.GetProperty("code").GetString().Should().Be("mcp_server_url_not_allowed");
        gateway.Anthropic.Requests.Should().BeEmpty("a refused MCP server must not cost a model call");
    }

    [Fact]
    public async Task An_allowlisted_server_is_contacted_and_its_failure_is_an_item_error_not_a_crash()
    {
        string serverUrl = $"http://127.0.0.1:{ClosedPort()}/mcp";
        await using GatewayHarness gateway = await GatewayHarness.StartAsync(
            generalSettings: $"mcp_server_url_allowlist: [\"{serverUrl[..serverUrl.LastIndexOf('/')]}/\"]");
        gateway.Anthropic.EnqueuePost("/v1/messages", UpstreamReply.Json(Fixtures.ReadJson(AnthropicVercel + "/anthropic-text.json")));

        var (response, body) = await gateway.PostAsync("/v1/responses", McpRequest(serverUrl));

        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        JsonElement list = body.GetProperty("output").EnumerateArray().First(i => i.GetProperty("type").GetString() == "mcp_list_tools");
        list.GetProperty("server_label").GetString().Should().Be("internal");
        list.GetProperty("error").GetString().Should().NotBeNullOrEmpty("the server could not be reached");
        body.GetProperty("output").EnumerateArray().Should().Contain(i => i.GetProperty("type").GetString() == "message");

        // The model was asked without the unreachable server's tools, and never saw an "mcp" tool it cannot run.
        string upstream = gateway.Anthropic.Requests.Single().BodyText;
        upstream.Should().NotContain("\"mcp\"").And.NotContain("internal__");
    }

    [Fact]
    public void An_allowlist_entry_that_is_not_an_http_url_stops_the_gateway_naming_the_key_and_line()
    {
        const string Yaml = "model_list:\n  - model_name: a\n    litellm_params:\n      model: openai/x\ngeneral_settings:\n  mcp_server_url_allowlist:\n    - https://mcp.example.com/\n    - file:///etc/passwd\n";
        Action parse = () => GatewayConfig.Parse(Yaml, "/srv/gw", _ => null);
        parse.Should().Throw<GatewayConfigException>().Which.Message.Should()
            .Contain("general_settings.mcp_server_url_allowlist").And.Contain("line 8").And.Contain("file:///etc/passwd");
    }

    [Fact]
    public void Allowlist_entries_are_read_in_order()
    {
        const string Yaml = "model_list:\n  - model_name: a\n    litellm_params:\n      model: openai/x\ngeneral_settings:\n  mcp_server_url_allowlist: [\"https://mcp.example.com/\", \"http://10.1.2.3:9000/mcp\"]\n";
        GatewayConfig.Parse(Yaml, "/srv/gw", _ => null).McpServerUrlAllowlist.Should().Equal("https://mcp.example.com/", "http://10.1.2.3:9000/mcp");
    }

    // A loopback port nobody listens on: connecting is refused at once.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
