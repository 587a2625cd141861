using System.Text.Json;
using Responses.Providers.Anthropic;
using Responses.Providers.Anthropic.Wire;
using Responses.Providers.Http;

namespace Responses.Providers.Gemini;

/// <summary>
/// Claude on Vertex AI: <c>:rawPredict</c> / <c>:streamRawPredict</c> at <c>…/publishers/anthropic/models/{model}</c>,
/// the model in the URL instead of the body, <c>anthropic_version: vertex-2023-10-16</c> in the body, a Google bearer
/// token instead of <c>x-api-key</c>. Vertex's own failures come as Google error bodies, Claude's as Anthropic ones.
/// </summary>
internal sealed class VertexAnthropicTransport : IAnthropicTransport
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

    public Uri? BaseUri => GeminiEndpoints.BaseUri(_vertex);

    public Uri MessagesUri(string model, bool streaming) =>
        GeminiEndpoints.ModelMethod(_vertex, "anthropic/" + model, streaming ? "streamRawPredict" : "rawPredict");

    public async ValueTask PrepareAsync(HttpRequestMessage message, AnthropicMessagesRequest body, CancellationToken cancellationToken)
    {
        body.Model = null;
        body.ExtensionData ??= [];
        body.ExtensionData["anthropic_version"] = VersionElement;
        await GoogleAuth.ApplyAsync(message, _vertex, _providerName, cancellationToken).ConfigureAwait(false);
    }

    public ResponsesException MapError(ProviderErrorContext context) =>
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
