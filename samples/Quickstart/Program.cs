// Quickstart: one IResponsesClient for OpenAI's Responses API, used without and with streaming.
// With OPENAI_API_KEY set it calls OpenAI (or OPENAI_BASE_URL, e.g. a local vLLM/Ollama server);
// without it, it starts a small local stand-in server and says so.
using Responses;
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
    Console.WriteLine();
}

using var client = new OpenAIResponsesClient(new OpenAIResponsesClientOptions
{
    ApiKey = apiKey,
    Endpoint = baseUrl is null ? OpenAIResponsesClientOptions.DefaultEndpoint : new Uri(baseUrl),
    DefaultModel = model,
});

Response response = await client.CreateResponseAsync(new CreateResponseRequest
{
    Input = "Say hello to .NET in five words.",
    Instructions = "You are concise.",
});
Console.WriteLine($"[{response.Status}] {response.OutputText}");
Console.WriteLine($"usage: {response.Usage?.InputTokens} in, {response.Usage?.OutputTokens} out");
Console.WriteLine();

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

if (standIn is not null)
{
    await standIn.DisposeAsync();
}
