using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Responses.Providers.Anthropic;
using Responses.Providers.Anthropic.Wire;
using Responses.Providers.Http;
using Responses.Providers.Streaming;

namespace Responses.Providers.Gemini;

/// <summary>
/// Claude on Vertex AI: <c>:rawPredict</c> / <c>:streamRawPredict</c> at <c>…/publishers/anthropic/models/{model}</c>,
/// the model in the URL instead of the body, <c>anthropic_version: vertex-2023-10-16</c> in the body, a Google bearer
/// token instead of <c>x-api-key</c>. Vertex's own failures come as Google error bodies, Claude's as Anthropic ones.
/// </summary>
internal sealed class VertexAnthropicTransport : AnthropicTransport
{
    public const string VertexVersion = "vertex-2023-10-16";

    private static readonly JsonElement VersionElement = JsonSerializer.SerializeToElement(VertexVersion, Wire.GeminiJsonContext.Default.String);

    private readonly GeminiResponsesClientOptions _vertex;
    private readonly string _providerName;

    public VertexAnthropicTransport(GeminiResponsesClientOptions vertex, string providerName)
    {
        _vertex = vertex;
        _providerName = providerName;
    }

    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    public override Uri BaseAddress => GeminiEndpoints.BaseUri(_vertex);

    public override async ValueTask<HttpRequestMessage> CreateRequestAsync(AnthropicMappedRequest mapped, bool stream, CancellationToken cancellationToken)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, GeminiEndpoints.ModelMethod(_vertex, "anthropic/" + mapped.Model, stream ? "streamRawPredict" : "rawPredict"));
        if (stream)
        {
            message.Headers.Accept.ParseAdd("text/event-stream");
        }

        AddBetaHeader(message, [], mapped.Betas);

        // Vertex takes the model from the URL and the API version from the body.
        mapped.Body.Model = null;
        mapped.Body.ExtensionData ??= [];
        mapped.Body.ExtensionData["anthropic_version"] = VersionElement;
        message.Content = JsonContent.Create(mapped.Body, AnthropicJson.Request, JsonMediaType);
        await GoogleAuth.ApplyAsync(message, _vertex, _providerName, cancellationToken).ConfigureAwait(false);
        return message;
    }

    public override IAsyncEnumerable<SseRead<AnthropicStreamEvent>> ReadEventsAsync(Stream body, CancellationToken cancellationToken) =>
        ReadSseAsync(body, cancellationToken);

    public override ResponsesException MapError(ProviderErrorContext context) =>
        IsGoogleError(context.Body) ? GeminiErrorMapper.Map(context) : AnthropicErrorMapper.Map(context);

    private static bool IsGoogleError(string body)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out JsonElement error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("status", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
