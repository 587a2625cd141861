using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Responses.Gateway.Tests;

/// <summary>Limits on bad or oversized input (docs/security.md), and the regressions the bad-input fuzz test found.</summary>
public sealed class GatewayLimitsTests
{
    [Theory]
    [InlineData("/v1/responses", "{\"model\":\"gpt\",\"input\":", "}")]
    [InlineData("/v1/chat/completions", "{\"model\":\"gpt\",\"messages\":", "}")]
    [InlineData("/v1/conversations", "{\"items\":", "}")]
    [InlineData("/key/generate", "{\"metadata\":", "}")]
    public async Task A_body_nested_ten_thousand_deep_is_a_400_not_a_crash(string path, string prefix, string suffix)
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        string deep = prefix + new string('[', 10_000) + new string(']', 10_000) + suffix;

        var (response, body) = await gateway.PostAsync(path, deep);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body.ToString());
        GatewayFuzzTests.IsOpenAIError(body.GetRawText()).Should().BeTrue(body.ToString());
        body.GetProperty("error").GetProperty("type").GetString().Should().Be("invalid_request_error");
        gateway.OpenAI.Requests.Should().BeEmpty();
        (await gateway.PostAsync("/v1/responses", """{"model":"nope","input":"x"}""")).Response.StatusCode.Should().Be(HttpStatusCode.NotFound, "the gateway still serves");
    }

    [Fact]
    public async Task More_input_items_than_the_cap_is_a_400_naming_input_before_any_provider_call()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        string items = string.Join(",", Enumerable.Repeat("""{"role":"user","content":"x"}""", Http.GatewayLimits.MaxInputItems + 1));

        var (response, body) = await gateway.PostAsync("/v1/responses", $$"""{"model":"gpt","input":[{{items}}]}""");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body.ToString());
        JsonElement error = body.GetProperty("error");
        error.GetProperty("param").GetString().Should().Be("input");
        error.GetProperty("code").GetString().Should().Be("too_many_items");
        error.GetProperty("message").GetString().Should().Contain("10001").And.Contain("10000");
        gateway.OpenAI.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task More_chat_messages_than_the_cap_is_a_400_naming_messages()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        string messages = string.Join(",", Enumerable.Repeat("""{"role":"user","content":"x"}""", Http.GatewayLimits.MaxInputItems + 1));

        var (response, body) = await gateway.PostAsync("/v1/chat/completions", $$"""{"model":"gpt","messages":[{{messages}}]}""");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body.ToString());
        body.GetProperty("error").GetProperty("param").GetString().Should().Be("messages");
        body.GetProperty("error").GetProperty("code").GetString().Should().Be("too_many_items");
        gateway.OpenAI.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Headers_over_kestrels_limit_are_refused_with_431_and_the_gateway_keeps_serving()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/responses") { Content = GatewayHarness.Json("""{"model":"nope","input":"x"}""") };
        request.Headers.Add("X-Padding", new string('a', 64 * 1024));

        using HttpResponseMessage response = await gateway.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestHeaderFieldsTooLarge);
        (await gateway.PostAsync("/v1/responses", """{"model":"nope","input":"x"}""")).Response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_request_line_over_kestrels_limit_is_refused_with_414()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();

        using HttpResponseMessage response = await gateway.Client.GetAsync("/v1/responses/" + new string('r', 16 * 1024));

        response.StatusCode.Should().Be(HttpStatusCode.RequestUriTooLong);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    public async Task Regression_invalid_utf8_in_a_key_generate_field_name_is_a_400_not_a_500(byte[] invalid)
    {
        // Found by the fuzz test (seed 20261123): JsonDocument reads names lazily, and the invalid bytes threw a 500.
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        byte[] body = [.. "{\""u8, .. invalid, .. "duration\":\"30d\"}"u8];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using HttpResponseMessage response = await gateway.Client.PostAsync("/key/generate", content);

        string text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, text);
        GatewayFuzzTests.IsOpenAIError(text).Should().BeTrue(text);
    }

    [Fact]
    public async Task Regression_a_key_duration_past_the_calendar_is_a_400_naming_duration()
    {
        // 5,000,000 days parses as a TimeSpan but overflows the expiry date (was a 500).
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();

        var (response, body) = await gateway.PostAsync("/key/generate", """{"duration":"5000000d"}""");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body.ToString());
        body.GetProperty("error").GetProperty("param").GetString().Should().Be("duration");
        (await gateway.PostAsync("/key/generate", """{"duration":"36500d"}""")).Response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public void Regression_bodies_are_utf8_checked_before_parsing()
    {
        Endpoints.KeyEndpoints.ParseBody(Encoding.UTF8.GetBytes("""{"a":1}""")).ValueKind.Should().Be(JsonValueKind.Object);
        Endpoints.KeyEndpoints.ParseBody(new byte[] { (byte)'{', (byte)'"', 0xFF, (byte)'"', (byte)':', (byte)'1', (byte)'}' }).ValueKind.Should().Be(JsonValueKind.Undefined);
    }

    [Theory]
    [InlineData("/v1/responses", """{"model":"gpt","input":"Hi","temperature":1e400}""", "temperature")]
    [InlineData("/v1/responses", """{"model":"gpt","input":"Hi","top_p":-1e400}""", "top_p")]
    [InlineData("/v1/chat/completions", """{"model":"gpt","messages":[{"role":"user","content":"Hi"}],"frequency_penalty":1e400}""", "frequency_penalty")]
    [InlineData("/v1/chat/completions", """{"model":"gpt","messages":[null]}""", "messages[0]")]
    [InlineData("/v1/chat/completions", """{"model":"gpt","messages":[{"role":"user","content":"Hi"}],"tools":[null]}""", "tools[0]")]
    [InlineData("/v1/chat/completions", """{"model":"gpt","messages":[{"role":"user","content":"Hi"}],"tools":[{"type":"function","function":null}]}""", "tools[0].function")]
    [InlineData("/v1/chat/completions", """{"model":"gpt","messages":[{"role":"assistant","tool_calls":[null]}]}""", "messages[0].tool_calls[0]")]
    public async Task Regression_bodies_the_fuzz_test_found_are_400s_naming_the_field(string path, string json, string param)
    {
        // Found by the fuzz test (seed 20261123): infinities could not be written upstream, nulls threw NullReferenceException (500s).
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();

        var (response, body) = await gateway.PostAsync(path, json);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body.ToString());
        body.GetProperty("error").GetProperty("param").GetString().Should().Be(param);
        gateway.OpenAI.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Regression_invalid_utf8_in_a_raw_chat_field_is_a_400()
    {
        await using GatewayHarness gateway = await GatewayHarness.StartAsync();
        byte[] body = [.. "{\"model\":\"gpt\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"functions\":[{\"name\":\"g\"}],\"function_call\":{\"name\":\"g"u8, 0xFF, .. "\"}}"u8];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using HttpResponseMessage response = await gateway.Client.PostAsync("/v1/chat/completions", content);

        string text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, text);
        GatewayFuzzTests.IsOpenAIError(text).Should().BeTrue(text);
    }
}
