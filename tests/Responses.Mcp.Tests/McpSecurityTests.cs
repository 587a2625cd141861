using System.Net;
using Responses.Providers.Middleware.Mcp;
using Responses.Providers.OpenAI;
using Responses.Testing;

namespace Responses.Mcp.Tests;

/// <summary>SSRF refusal, allowlist matching, and OpenAI pass-through.</summary>
public sealed class McpSecurityTests
{
    [Theory]
    [InlineData("http://127.0.0.1:8080/mcp")]
    [InlineData("http://localhost/mcp")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.1.2.3/mcp")]
    [InlineData("http://192.168.0.10/mcp")]
    [InlineData("http://[::1]/mcp")]
    [InlineData("http://[fd00:ec2::254]/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/mcp")]
    public async Task Without_an_allowlist_private_loopback_and_metadata_servers_are_refused_before_anything_is_sent(string url)
    {
        await using FakeUpstream upstream = await FakeUpstream.StartAsync();
        using IResponsesClient client = Upstreams.Chat(upstream).AsBuilder().UseMcp().Build();

        Func<Task> act = () => client.CreateResponseAsync(new CreateResponseRequest
        {
            Model = "gpt-4o-mini",
            Input = "hi",
            Tools = [new FunctionTool { Name = "other" }, new McpTool { ServerLabel = "x", ServerUrl = url }],
        });

        ResponsesException error = (await act.Should().ThrowAsync<ResponsesException>()).Which;
        error.StatusCode.Should().Be(400);
        error.Error.Type.Should().Be("invalid_request_error");
        error.Error.Param.Should().Be("tools[1].server_url");
        error.Error.Code.Should().Be("mcp_server_url_not_allowed");
        upstream.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_host_name_is_resolved_and_every_address_checked()
    {
        var policy = new McpServerUrlPolicy([], (host, _) => Task.FromResult(host == "mixed.example"
            ? new[] { IPAddress.Parse("93.184.216.34"), IPAddress.Parse("10.0.0.1") }
            : [IPAddress.Parse("93.184.216.34")]));

        (await policy.CheckAsync("https://mixed.example/mcp")).Should().Contain("10.0.0.1");
        (await policy.CheckAsync("https://public.example/mcp")).Should().BeNull();
        (await policy.CheckAsync("https://user:pw@public.example/mcp")).Should().NotBeNull();
    }

    [Theory]
    [InlineData("https://mcp.example.com/", "https://mcp.example.com/sse", true)]
    [InlineData("https://mcp.example.com/tenant", "https://mcp.example.com/tenant/mcp", true)]
    [InlineData("https://mcp.example.com/tenant", "https://mcp.example.com/tenant", true)]
    [InlineData("https://mcp.example.com/tenant", "https://mcp.example.com/tenant-evil/mcp", false)]
    [InlineData("https://mcp.example.com", "https://mcp.example.com.evil.org/mcp", false)]
    [InlineData("https://mcp.example.com/", "http://mcp.example.com/mcp", false)]
    [InlineData("https://mcp.example.com/", "https://mcp.example.com:8443/mcp", false)]
    [InlineData("http://127.0.0.1:5000/", "http://127.0.0.1:5000/mcp", true)]
    public async Task Allowlist_prefixes_match_scheme_host_port_and_path(string prefix, string url, bool allowed)
    {
        var policy = new McpServerUrlPolicy([prefix], (_, _) => throw new InvalidOperationException("an allowlist needs no DNS"));
        (await policy.CheckAsync(url) is null).Should().Be(allowed);
    }

    [Theory]
    [InlineData("8.8.8.8", false)]
    [InlineData("2606:4700:4700::1111", false)]
    [InlineData("127.0.0.2", true)]
    [InlineData("172.16.5.4", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("::ffff:169.254.169.254", true)]
    [InlineData("fe80::1", true)]
    public void Blocked_addresses(string address, bool blocked) =>
        McpServerUrlPolicy.IsBlocked(IPAddress.Parse(address)).Should().Be(blocked);

    [Fact]
    public async Task OpenAI_receives_the_mcp_tool_unchanged_by_default()
    {
        await using FakeUpstream upstream = await FakeUpstream.StartAsync();
        upstream.EnqueuePost("/v1/responses", UpstreamReply.Json("""{"id":"resp_1","object":"response","created_at":1,"status":"completed","model":"gpt-4.1","output":[],"tools":[],"parallel_tool_calls":true,"tool_choice":"auto"}"""));
        using var openai = new OpenAIResponsesClient(new OpenAIResponsesClientOptions { ApiKey = "key", Endpoint = new Uri(upstream.BaseAddress, "v1/") }, upstream.CreateClient());
        using IResponsesClient client = openai.AsBuilder().UseMcp().Build();

        // A loopback URL would be refused if the middleware acted: pass-through leaves the decision to OpenAI.
        await client.CreateResponseAsync(new CreateResponseRequest
        {
            Model = "gpt-4.1",
            Input = "hi",
            Tools = [new McpTool { ServerLabel = "docs", ServerUrl = "https://mcp.example.com/mcp", RequireApproval = McpRequireApproval.Never, Authorization = "tok" }],
        });

        System.Text.Json.JsonElement tool = (await upstream.WaitForRequestsAsync(1))[0].Json!.Value.GetProperty("tools")[0];
        tool.GetRawText().Should().Be("""{"type":"mcp","server_label":"docs","server_url":"https://mcp.example.com/mcp","authorization":"tok","require_approval":"never"}""");
    }

    [Fact]
    public void Redaction_never_changes_the_callers_tool()
    {
        var tool = new McpTool { ServerLabel = "a", ServerUrl = "https://x.example/", Authorization = "tok", Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer tok" } };
        McpTool redacted = McpSecrets.Redact(tool);
        string json = ResponsesJson.Serialize<ResponseTool>(redacted);
        json.Should().NotContain("tok");
        tool.Authorization.Should().Be("tok");
        tool.Headers["Authorization"].Should().Be("Bearer tok");
    }
}
