using System.Text.Json;
using Responses.Providers.Streaming;
using Responses.Testing;

namespace Responses.Providers.Tests.Streaming;

/// <summary>
/// What a translating provider emits (a <see cref="ResponseEcho"/> shell filled by the <see cref="ResponseWriter"/>)
/// is valid under both specs: OpenAI 2.3.0 and Open Responses.
/// </summary>
public class BothSpecsTests
{
    public static TheoryData<string> Shapes() => new() { "text", "tools", "reasoning", "refusal", "failed", "incomplete" };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_event_and_the_response_validate_against_both_specs(string shape)
    {
        var request = new CreateResponseRequest
        {
            Model = "m",
            Input = "hi",
            Tools = [new FunctionTool { Name = "f", Parameters = JsonDocument.Parse("""{"type":"object","properties":{}}""").RootElement, Strict = false }],
            Reasoning = new ReasoningOptions { Effort = ReasoningEffort.Low },
        };
        var writer = new ResponseWriter(ResponseEcho.FromRequest(request));
        Write(writer, shape);

        IReadOnlyList<ResponseStreamEvent> events = writer.TakeEvents();
        List<JsonElement> json = events.Select(e => ResponsesJson.SerializeToElement(e)).ToList();
        foreach (JsonElement e in json)
        {
            SchemaValidator.Strict.ValidateStreamEvent(e, ApiSpec.OpenResponses).Should().BeEmpty(e.GetRawText());
            SchemaValidator.Default.ValidateStreamEvent(e, ApiSpec.OpenAI).Should().BeEmpty(e.GetRawText());
        }

        SchemaValidator.Strict.ValidateResponse(ResponsesJson.SerializeToElement(writer.Response), ApiSpec.OpenResponses).Should().BeEmpty();
        StreamLifecycleChecker.Check(json).Should().BeEmpty();
    }

    private static void Write(ResponseWriter writer, string shape)
    {
        switch (shape)
        {
            case "text":
                writer.AppendOutputText(writer.BeginMessage(), "Hello");
                break;
            case "tools":
                int a = writer.BeginFunctionCall("call_a", "f");
                int b = writer.BeginFunctionCall("call_b", "f");
                writer.AppendFunctionArguments(b, "{}");
                writer.AppendFunctionArguments(a, "{\"x\":1}");
                break;
            case "reasoning":
                int r = writer.BeginReasoning();
                writer.AppendReasoningSummary(r, "thinking");
                writer.SetEncryptedContent(r, "opaque");
                writer.EndItem(r);
                writer.AppendOutputText(writer.BeginMessage(), "Answer");
                break;
            case "refusal":
                writer.AppendRefusal(writer.BeginMessage(), "No.");
                break;
            case "failed":
                writer.AppendOutputText(writer.BeginMessage(), "part");
                writer.Fail("server_error", "upstream broke");
                return;
            case "incomplete":
                writer.AppendOutputText(writer.BeginMessage(), "cut");
                writer.SetUsage(new ResponseUsage { InputTokens = 1, OutputTokens = 1, TotalTokens = 2, InputTokensDetails = new InputTokensDetails(), OutputTokensDetails = new OutputTokensDetails() });
                writer.Incomplete("max_output_tokens");
                return;
        }

        writer.SetUsage(new ResponseUsage { InputTokens = 3, OutputTokens = 4, TotalTokens = 7, InputTokensDetails = new InputTokensDetails(), OutputTokensDetails = new OutputTokensDetails() });
        writer.Complete();
    }
}
