// Quickstart: one IResponsesClient for OpenAI's Responses API — create, stream, a multi-turn conversation
// (previous_response_id through the state middleware) and a tool (through Microsoft.Extensions.AI).
// With OPENAI_API_KEY set it calls OpenAI (or OPENAI_BASE_URL, e.g. a local vLLM/Ollama server);
// without it, it starts a small local stand-in server and says so.
using System.ComponentModel;
using Microsoft.Extensions.AI;
using Responses;
using Responses.ExtensionsAI;
using Responses.Providers.OpenAI;
using Responses.Samples.Quickstart;

string? apiKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
string? baseUrl = Environment.GetEnvironmentVariable("OPENAI_BASE_URL");
string model = Environment.GetEnvironmentVariable("OPENAI_MODEL") ?? "gpt-5.4-mini";

LocalStandInServer? standIn = null;
if (string.IsNullOrEmpty(apiKey) && string.IsNullOrEmpty(baseUrl))
{
    standIn = await LocalStandInServer.StartAsync();
    baseUrl = standIn.BaseUrl;
    Console.WriteLine($"OPENAI_API_KEY is not set: using a local stand-in server at {baseUrl} that echoes your input.");
    Console.WriteLine("Set OPENAI_API_KEY (and optionally OPENAI_BASE_URL, OPENAI_MODEL) to talk to a real model.");
}
else
{
    Console.WriteLine($"Using {(baseUrl ?? OpenAIResponsesClientOptions.DefaultEndpoint.ToString())} with model {model}.");
}

Console.WriteLine();

using var client = new OpenAIResponsesClient(new OpenAIResponsesClientOptions
{
    ApiKey = apiKey,
    Endpoint = baseUrl is null ? OpenAIResponsesClientOptions.DefaultEndpoint : new Uri(baseUrl),
    DefaultModel = model,
});

// 1. Create.
Response response = await client.CreateResponseAsync(new CreateResponseRequest
{
    Input = "Say hello to .NET in five words.",
    Instructions = "You are concise.",
});
Console.WriteLine($"[{response.Status}] {response.OutputText}");
Console.WriteLine($"usage: {response.Usage?.InputTokens} in, {response.Usage?.OutputTokens} out");
Console.WriteLine();

// 2. Stream.
Console.Write("streaming: ");
await foreach (ResponseStreamEvent streamEvent in client.CreateResponseStreamingAsync(new CreateResponseRequest { Input = "Count from one to five." }))
{
    switch (streamEvent)
    {
        case ResponseOutputTextDeltaEvent delta:
            Console.Write(delta.Delta);
            break;
        case ResponseCompletedEvent completed:
            Console.WriteLine($"\n[completed] {completed.Response?.Id}");
            break;
        case ResponseFailedEvent failed:
            Console.WriteLine($"\n[failed] {failed.Response?.Error?.Message}");
            break;
    }
}

Console.WriteLine();

// 3. Multi-turn: the state middleware stores each response, so previous_response_id works on any provider.
IResponsesClient stateful = client.AsBuilder().UseResponseStore().Build();
Response first = await stateful.CreateResponseAsync(new CreateResponseRequest { Input = "My name is Ada." });
Response second = await stateful.CreateResponseAsync(new CreateResponseRequest { Input = "What is my name?", PreviousResponseId = first.Id });
Console.WriteLine($"turn 1: {first.OutputText}");
Console.WriteLine($"turn 2 (previous_response_id={first.Id}): {second.OutputText}");
Console.WriteLine();

// 4. A tool: the same client as a Microsoft.Extensions.AI IChatClient, with automatic function calling.
using IChatClient chat = client.AsChatClient().AsBuilder().UseFunctionInvocation().Build();
ChatResponse answer = await chat.GetResponseAsync(
    "What is the weather in Paris?",
    new ChatOptions { Tools = [AIFunctionFactory.Create(Tools.GetWeather, "get_weather")] });
Console.WriteLine($"tool: {answer.Text}");

if (standIn is not null)
{
    await standIn.DisposeAsync();
}

internal static class Tools
{
    [Description("Gets the current weather for a city.")]
    public static string GetWeather([Description("The city")] string city)
    {
        Console.WriteLine($"  (get_weather called with city={city})");
        return $"18°C and sunny in {city}";
    }
}
