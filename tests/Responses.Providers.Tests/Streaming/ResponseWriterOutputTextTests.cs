using System.Text.Json;
using Responses.Providers.Streaming;

namespace Responses.Providers.Tests.Streaming;

public class ResponseWriterOutputTextTests
{
    [Fact]
    public void Output_text_parts_carry_an_empty_logprobs_list_as_the_spec_requires()
    {
        var writer = new ResponseWriter(new Response { Id = "resp_1", Model = "m", CreatedAt = 1 });
        int message = writer.BeginMessage();
        writer.AppendOutputText(message, "Hi");
        writer.Complete();

        foreach (ResponseStreamEvent e in writer.TakeEvents())
        {
            JsonElement json = ResponsesJson.SerializeToElement(e);
            if (e is ResponseContentPartAddedEvent or ResponseContentPartDoneEvent)
            {
                json.GetProperty("part").GetProperty("logprobs").GetArrayLength().Should().Be(0);
            }
        }

        JsonElement part = ResponsesJson.SerializeToElement(writer.Response).GetProperty("output")[0].GetProperty("content")[0];
        part.GetProperty("logprobs").GetArrayLength().Should().Be(0);
    }
}
