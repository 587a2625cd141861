// Host + DI + Semantic Kernel: one line registers an IChatClient over any provider (from appsettings.json),
// M.E.AI middleware goes on the returned builder, and a Semantic Kernel with a plugin uses it.
// With ANTHROPIC_API_KEY set it calls Anthropic; without it, a local stand-in of the Messages API, and it says so.
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.SemanticKernel;
using Responses.ExtensionsAI;
using Responses.Samples.DependencyInjection;

// appsettings.json is read from the output folder, so the sample runs from any working directory.
HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });

AnthropicStandInServer? standIn = null;
if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ANTHROPIC_API_KEY")) && string.IsNullOrEmpty(builder.Configuration["Chat:ApiKey"]))
{
    standIn = await AnthropicStandInServer.StartAsync();
    builder.Configuration["Chat:BaseUrl"] = standIn.BaseUrl.ToString();
    builder.Configuration["Chat:ApiKey"] = "stand-in";
    Console.WriteLine($"ANTHROPIC_API_KEY is not set: using a local stand-in of the Anthropic Messages API at {standIn.BaseUrl}.");
    Console.WriteLine("Set ANTHROPIC_API_KEY to talk to Claude (the provider and model come from appsettings.json, section \"Chat\").");
}
else
{
    Console.WriteLine($"Using {builder.Configuration["Chat:Provider"]}/{builder.Configuration["Chat:Model"]}.");
}

Console.WriteLine();

// One line: IChatClient from configuration (Provider, Model, ApiKey, BaseUrl…); Semantic Kernel's function
// invocation and logging go on the returned ChatClientBuilder. SK keeps the chat history itself, so this client
// does not store responses (SK 1.82's kernel function invocation fails when a response returns a ConversationId).
IConfigurationSection chatSection = builder.Configuration.GetSection("Chat");
builder.Services.AddResponsesChatClient(chatSection)
    .UseKernelFunctionInvocation()
    .UseLogging();

// A keyed client with the state middleware (Store = true): stored responses and previous_response_id on any provider.
builder.Services.AddKeyedResponsesChatClient("stateful", settings =>
{
    chatSection.Bind(settings);
    settings.Store = true;
});

// A Kernel (transient) that resolves the IChatClient above, with a plugin.
builder.Services.AddKernel().Plugins.AddFromType<WeatherPlugin>("weather");

using IHost host = builder.Build();

// 1. Semantic Kernel: a prompt with automatic function calling over the plugin.
Kernel kernel = host.Services.GetRequiredService<Kernel>();
FunctionResult result = await kernel.InvokePromptAsync(
    "What is the weather in Paris?",
    new KernelArguments(new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() }));
Console.WriteLine($"kernel: {result}");
Console.WriteLine();

// 2. The stateful IChatClient: ConversationId continues the conversation (the provider gets the whole history).
IChatClient chat = host.Services.GetRequiredKeyedService<IChatClient>("stateful");
ChatResponse first = await chat.GetResponseAsync("My name is Ada.");
ChatResponse second = await chat.GetResponseAsync("What is my name?", new ChatOptions { ConversationId = first.ConversationId });
Console.WriteLine($"turn 1: {first.Text}");
Console.WriteLine($"turn 2 (ConversationId={first.ConversationId}): {second.Text}");

if (standIn is not null)
{
    await standIn.DisposeAsync();
}
