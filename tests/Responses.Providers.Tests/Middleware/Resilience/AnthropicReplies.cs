using System.Text.Json;
using Responses.Providers.Tests.Anthropic;
using Responses.Testing;

namespace Responses.Providers.Tests.Middleware.Resilience;

/// <summary>Upstream replies in Anthropic's Messages wire format.</summary>
internal static class AnthropicReplies
{
    public static IReadOnlyList<JsonElement> Events(string id, string model, string text) =>
    [
        Fixtures.ParseElement("""{"type":"message_start","message":{"id":""" + JsonSerializer.Serialize(id) + ""","type":"message","role":"assistant","model":""" + JsonSerializer.Serialize(model) + ""","content":[],"stop_reason":null,"usage":{"input_tokens":5,"output_tokens":1}}}"""),
        Fixtures.ParseElement("""{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}"""),
        Fixtures.ParseElement("""{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":""" + JsonSerializer.Serialize(text) + "}}"),
        Fixtures.ParseElement("""{"type":"content_block_stop","index":0}"""),
        Fixtures.ParseElement("""{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":3}}"""),
        Fixtures.ParseElement("""{"type":"message_stop"}"""),
    ];

    public static UpstreamReply Json(string id, string model, string text) => UpstreamReply.Json(AnthropicWireSynth.ToMessage(Events(id, model, text)));

    public static UpstreamReply Stream(string id, string model, string text) => AnthropicHarness.Stream(Events(id, model, text));
}
