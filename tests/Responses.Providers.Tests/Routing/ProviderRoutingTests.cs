using Responses.Providers.Anthropic;
using Responses.Providers.ChatCompletions;
using Responses.Providers.OpenAI;
using Responses.Providers.Routing;
using Responses.Testing;

namespace Responses.Providers.Tests.Routing;

/// <summary>Each prefix builds the expected client, endpoint, model and key; no network except one request to the fake with api_base.</summary>
public class ProviderRoutingTests
{
    private static readonly Dictionary<string, string> Environment = new()
    {
        ["OPENAI_API_KEY"] = "sk-openai",
        ["ANTHROPIC_API_KEY"] = "sk-ant",
        ["GROQ_API_KEY"] = "gsk",
        ["OPENROUTER_API_KEY"] = "sk-or",
        ["DEEPSEEK_API_KEY"] = "sk-ds",
        ["MISTRAL_API_KEY"] = "mistral-key",
        ["XAI_API_KEY"] = "xai-key",
        ["TOGETHERAI_API_KEY"] = "together-key",
        ["AZURE_API_KEY"] = "azure-key",
        ["AZURE_API_BASE"] = "https://my-resource.openai.azure.com",
    };

    private static ProviderSettings Settings(Action<ProviderSettings>? configure = null)
    {
        var settings = new ProviderSettings { GetEnvironmentVariable = name => Environment.GetValueOrDefault(name) };
        configure?.Invoke(settings);
        return settings;
    }

    public static TheoryData<string, string, string, string?> ChatPrefixes => new()
    {
        { "ollama/llama3.2", "http://localhost:11434/v1/", "llama3.2", null },
        { "openrouter/meta-llama/llama-3.3-70b-instruct", "https://openrouter.ai/api/v1/", "meta-llama/llama-3.3-70b-instruct", "sk-or" },
        { "groq/llama-3.3-70b-versatile", "https://api.groq.com/openai/v1/", "llama-3.3-70b-versatile", "gsk" },
        { "deepseek/deepseek-chat", "https://api.deepseek.com/v1/", "deepseek-chat", "sk-ds" },
        { "mistral/mistral-large-latest", "https://api.mistral.ai/v1/", "mistral-large-latest", "mistral-key" },
        { "xai/grok-3-mini", "https://api.x.ai/v1/", "grok-3-mini", "xai-key" },
        { "together_ai/meta-llama/Llama-3-8b-chat-hf", "https://api.together.xyz/v1/", "meta-llama/Llama-3-8b-chat-hf", "together-key" },
    };

    [Theory]
    [MemberData(nameof(ChatPrefixes))]
    public void Chat_completions_prefixes_use_their_endpoint_model_and_key(string model, string endpoint, string modelName, string? key)
    {
        using IResponsesClient client = ResponsesProviderFactory.CreateDefault().Create(model, Settings());

        ChatCompletionsResponsesClientOptions options = client.GetService<ChatCompletionsResponsesClientOptions>()!;
        options.Endpoint.Should().Be(new Uri(endpoint));
        options.DefaultModel.Should().Be(modelName);
        options.ApiKey.Should().Be(key);
        options.ProviderName.Should().Be(model[..model.IndexOf('/', StringComparison.Ordinal)]);
        client.GetService<ResponsesClientMetadata>()!.DefaultModelId.Should().Be(modelName);
    }

    [Fact]
    public void Openai_prefix_builds_the_responses_client()
    {
        using IResponsesClient client = ResponsesProviderFactory.CreateDefault().Create("openai/gpt-5.4-mini", Settings());

        OpenAIResponsesClientOptions options = client.GetService<OpenAIResponsesClientOptions>()!;
        options.Endpoint.Should().Be(new Uri("https://api.openai.com/v1/"));
        options.ApiKey.Should().Be("sk-openai");
        options.DefaultModel.Should().Be("gpt-5.4-mini");
    }

    [Fact]
    public void Anthropic_prefix_builds_the_anthropic_client_with_an_sdk_style_base()
    {
        using IResponsesClient client = ResponsesProviderFactory.CreateDefault().Create("anthropic/claude-sonnet-4-5", Settings(s =>
        {
            s.ApiBase = new Uri("https://proxy.example.com:8443");
            s.ApiVersion = "2023-06-01";
        }));

        AnthropicResponsesClientOptions options = client.GetService<AnthropicResponsesClientOptions>()!;
        options.Endpoint.Should().Be(new Uri("https://proxy.example.com:8443"));
        options.ApiKey.Should().Be("sk-ant");
        options.DefaultModel.Should().Be("claude-sonnet-4-5");
    }

    [Fact]
    public void Azure_without_version_uses_the_v1_responses_endpoint_and_with_a_dated_version_the_deployment_url()
    {
        ResponsesProviderFactory factory = ResponsesProviderFactory.CreateDefault();
        using (IResponsesClient v1 = factory.Create("azure/my-gpt-deployment", Settings()))
        {
            OpenAIResponsesClientOptions options = v1.GetService<OpenAIResponsesClientOptions>()!;
            options.Endpoint.Should().Be(new Uri("https://my-resource.openai.azure.com/openai/v1/"));
            options.ApiKeyHeaderName.Should().Be("api-key");
            options.ApiKey.Should().Be("azure-key");
            options.DefaultModel.Should().Be("my-gpt-deployment");
            options.ProviderName.Should().Be("azure");
        }

        using IResponsesClient legacy = factory.Create("azure/my-gpt-deployment", Settings(s => s.ApiVersion = "2024-10-21"));
        legacy.GetService<ChatCompletionsResponsesClient>()!.CompletionsUri.Should().Be(
            new Uri("https://my-resource.openai.azure.com/openai/deployments/my-gpt-deployment/chat/completions?api-version=2024-10-21"));
        legacy.GetService<ChatCompletionsResponsesClientOptions>()!.ApiKeyHeaderName.Should().Be("api-key");
    }

    [Fact]
    public void Settings_override_the_environment_and_headers_are_kept()
    {
        using IResponsesClient client = ResponsesProviderFactory.CreateDefault().Create("groq/llama", Settings(s =>
        {
            s.ApiKey = "explicit";
            s.ApiBase = new Uri("https://gateway.example.com/groq/v1");
            s.Headers["X-Team"] = "a";
        }));

        ChatCompletionsResponsesClientOptions options = client.GetService<ChatCompletionsResponsesClientOptions>()!;
        options.ApiKey.Should().Be("explicit");
        options.Endpoint.Should().Be(new Uri("https://gateway.example.com/groq/v1/"));
        options.Headers["X-Team"].Should().Be("a");
    }

    [Fact]
    public void Ollama_base_without_v1_gets_it()
    {
        using IResponsesClient client = ResponsesProviderFactory.CreateDefault().Create("ollama/qwen3", Settings(s => s.ApiBase = new Uri("http://gpu-box:11434")));

        client.GetService<ChatCompletionsResponsesClientOptions>()!.Endpoint.Should().Be(new Uri("http://gpu-box:11434/v1/"));
    }

    [Theory]
    [InlineData("openai_compatible/my-model", "api_base")]
    [InlineData("hosted_vllm/Qwen/Qwen3-8B", "HOSTED_VLLM_API_BASE")]
    [InlineData("cohere/command-r", "Unknown provider prefix 'cohere/'")]
    [InlineData("vertex_ai/gemini-2.5-pro", "vertex_project")]
    [InlineData("gpt-4o", "names no provider")]
    [InlineData("openai/", "names no provider")]
    public void Missing_bases_unknown_prefixes_and_bare_models_are_clear_errors(string model, string message)
    {
        FluentActions.Invoking(() => ResponsesProviderFactory.CreateDefault().Create(model, Settings()))
            .Should().Throw<ArgumentException>().WithMessage($"*{message}*");
    }

    [Fact]
    public void Other_providers_register_their_prefix()
    {
        ResponsesProviderFactory factory = ResponsesProviderFactory.CreateDefault()
            .Register("cohere", (model, settings) => new ChatCompletionsResponsesClient(new ChatCompletionsResponsesClientOptions { DefaultModel = model, ProviderName = "cohere" }));

        factory.IsRegistered("cohere").Should().BeTrue();
        factory.Prefixes.Should().Contain(["openai", "azure", "anthropic", "gemini", "vertex_ai", "bedrock", "hosted_vllm", "ollama", "openrouter", "groq", "deepseek", "mistral", "xai", "together_ai", "openai_compatible", "cohere"]);
        using IResponsesClient client = factory.Create("cohere/command-r");
        client.GetService<ResponsesClientMetadata>()!.DefaultModelId.Should().Be("command-r");
    }

    [Fact]
    public void Cloud_prefixes_build_their_providers()
    {
        ResponsesProviderFactory factory = ResponsesProviderFactory.CreateDefault();

        using IResponsesClient gemini = factory.Create("gemini/gemini-2.5-flash", Settings(s => s.ApiKey = "g"));
        gemini.Should().BeOfType<Responses.Providers.Gemini.GeminiResponsesClient>();
        gemini.GetService<ResponsesClientMetadata>()!.DefaultModelId.Should().Be("gemini-2.5-flash");

        using IResponsesClient vertex = factory.Create("vertex_ai/gemini-2.5-pro", Settings(s =>
        {
            s.Parameters["vertex_project"] = "proj";
            s.Parameters["vertex_location"] = "us-central1";
        }));
        vertex.GetService<Responses.Providers.Gemini.GeminiResponsesClientOptions>()!.VertexProject.Should().Be("proj");
        vertex.GetService<ResponsesClientMetadata>()!.ProviderUri!.Host.Should().Be("us-central1-aiplatform.googleapis.com");

        using IResponsesClient claudeOnVertex = factory.Create("vertex_ai/claude-sonnet-4-5", Settings(s => s.Parameters["vertex_project"] = "proj"));
        claudeOnVertex.Should().BeOfType<Responses.Providers.Anthropic.AnthropicResponsesClient>();
        claudeOnVertex.GetService<ResponsesClientMetadata>()!.DefaultModelId.Should().Be("claude-sonnet-4-5");

        using IResponsesClient bedrock = factory.Create("bedrock/amazon.nova-lite-v1:0", Settings(s =>
        {
            s.ApiKey = "bedrock-key";
            s.Parameters["aws_region_name"] = "eu-west-1";
        }));
        bedrock.GetService<ResponsesClientMetadata>()!.DefaultModelId.Should().Be("amazon.nova-lite-v1:0");
        bedrock.GetService<ResponsesClientMetadata>()!.ProviderUri!.Host.Should().Be("bedrock-runtime.eu-west-1.amazonaws.com");
    }

    [Fact]
    public async Task A_routed_client_sends_to_api_base_with_the_model_and_key()
    {
        await using FakeUpstream upstream = await FakeUpstream.StartAsync();
        upstream.EnqueuePost("/v1/chat/completions", UpstreamReply.Json("""{"id":"chatcmpl-r","object":"chat.completion","created":1,"model":"Qwen/Qwen3-8B","choices":[{"index":0,"message":{"role":"assistant","content":"Hi!"},"finish_reason":"stop"}]}"""));
        using IResponsesClient client = ResponsesProviderFactory.CreateDefault().Create("hosted_vllm/Qwen/Qwen3-8B", Settings(s =>
        {
            s.ApiBase = new Uri(upstream.BaseAddress, "v1");
            s.ApiKey = "vllm-key";
            s.HttpClient = upstream.CreateClient();
        }));

        Response response = await client.CreateResponseAsync(new CreateResponseRequest { Input = "Hello" });

        response.OutputText.Should().Be("Hi!");
        RecordedRequest request = (await upstream.WaitForRequestsAsync(1))[0];
        request.Header("Authorization").Should().Be("Bearer vllm-key");
        request.Json!.Value.GetProperty("model").GetString().Should().Be("Qwen/Qwen3-8B");
    }

    [Fact]
    public async Task Azure_entra_tokens_are_sent_as_bearer_tokens()
    {
        await using FakeUpstream upstream = await FakeUpstream.StartAsync();
        upstream.EnqueuePost("/openai/deployments/dep/chat/completions", UpstreamReply.Json("""{"id":"chatcmpl-a","object":"chat.completion","created":1,"model":"gpt-4o","choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}]}"""));
        int calls = 0;
        using IResponsesClient client = Responses.Providers.Azure.AzureOpenAIClientFactory.CreateChatCompletionsClient(new Responses.Providers.Azure.AzureOpenAIClientOptions
        {
            Endpoint = upstream.BaseAddress,
            TokenProvider = _ => new ValueTask<string>($"entra-token-{++calls}"),
            DefaultModel = "dep",
        });

        await client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" });

        RecordedRequest request = (await upstream.WaitForRequestsAsync(1))[0];
        request.Header("Authorization").Should().Be("Bearer entra-token-1");
        request.Header("api-key").Should().BeNull();
        request.QueryString.Should().Be("?api-version=2024-10-21");
        client.GetService<ChatCompletionsResponsesClient>()!.CompletionsUri.AbsolutePath.Should().Be("/openai/deployments/dep/chat/completions");
    }

    [Fact]
    public async Task Azure_v1_responses_client_sends_the_api_key_header_to_openai_v1()
    {
        await using FakeUpstream upstream = await FakeUpstream.StartAsync();
        upstream.EnqueuePost("/openai/v1/responses", UpstreamReply.Json("""{"id":"resp_1","object":"response","created_at":1,"status":"completed","model":"dep","output":[]}"""));
        using IResponsesClient client = Responses.Providers.Azure.AzureOpenAIClientFactory.CreateResponsesClient(
            new Responses.Providers.Azure.AzureOpenAIClientOptions { Endpoint = new Uri(upstream.BaseAddress, "openai/v1/"), ApiKey = "azure-key", DefaultModel = "dep" },
            upstream.CreateClient());

        Response response = await client.CreateResponseAsync(new CreateResponseRequest { Input = "Hi" });

        response.Id.Should().Be("resp_1");
        RecordedRequest request = (await upstream.WaitForRequestsAsync(1))[0];
        request.Header("api-key").Should().Be("azure-key");
        request.Header("Authorization").Should().BeNull();
        request.QueryString.Should().BeEmpty();
        request.Json!.Value.GetProperty("model").GetString().Should().Be("dep");
    }
}
