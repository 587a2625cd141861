namespace Responses.Testing;

/// <summary>The API specifications the kit validates against (flags, so several can be selected).</summary>
[Flags]
public enum ApiSpec
{
    /// <summary>No specification.</summary>
    None = 0,

    /// <summary>The OpenAI OpenAPI document (<c>tests/fixtures/spec/openai-openapi.json</c>, 2.3.0).</summary>
    OpenAI = 1,

    /// <summary>The Open Responses OpenAPI document (<c>tests/fixtures/spec/openresponses-openapi.json</c>).</summary>
    OpenResponses = 2,

    /// <summary>Both specifications.</summary>
    All = OpenAI | OpenResponses,
}
