using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Providers.Anthropic;
using Responses.Providers.Anthropic.Wire;
using Responses.Providers.Bedrock.EventStream;
using Responses.Providers.Http;
using Responses.Providers.Streaming;

namespace Responses.Providers.Bedrock;

/// <summary>
/// Claude on Bedrock through <c>InvokeModel</c>: <c>POST /model/{id}/invoke</c> and <c>/invoke-with-response-stream</c>
/// with the Messages body minus <c>model</c> and <c>stream</c>, plus <c>anthropic_version: bedrock-2023-05-31</c> and the
/// betas as <c>anthropic_beta</c>. The stream is event-stream frames whose <c>chunk</c> payload holds
/// <c>{"bytes": base64 of one Messages stream event}</c>; exceptions become Anthropic <c>error</c> events, so the
/// Anthropic client's own failure handling applies.
/// </summary>
internal sealed class BedrockAnthropicTransport : AnthropicTransport
{
    /// <summary>The <c>anthropic_version</c> Bedrock requires in the body.</summary>
    public const string AnthropicVersion = "bedrock-2023-05-31";

    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    private readonly BedrockResponsesClientOptions _options;
    private readonly BedrockRequestSigner _signer;

    public BedrockAnthropicTransport(BedrockResponsesClientOptions options)
    {
        _options = options;
        _signer = new BedrockRequestSigner(options);
        string endpoint = options.ResolveEndpoint().ToString();
        BaseAddress = new Uri(endpoint.EndsWith('/') ? endpoint : endpoint + "/");
    }

    public override Uri BaseAddress { get; }

    public override async ValueTask<HttpRequestMessage> CreateRequestAsync(AnthropicMappedRequest mapped, bool stream, CancellationToken cancellationToken)
    {
        string model = mapped.Body.Model ?? throw new InvalidOperationException("The mapped body has no model.");
        JsonObject body = JsonSerializer.SerializeToNode(mapped.Body, AnthropicJson.Request)!.AsObject();
        body.Remove("model");
        body.Remove("stream");
        body["anthropic_version"] = AnthropicVersion;
        if (mapped.Betas.Count > 0)
        {
            body["anthropic_beta"] = new JsonArray([.. mapped.Betas.Select(b => (JsonNode)b)]);
        }

        byte[] bytes = JsonSerializer.SerializeToUtf8Bytes(body, Wire.BedrockJson.JsonObject);
        var message = new HttpRequestMessage(HttpMethod.Post, BedrockResponsesClient.ModelUri(BaseAddress, model, stream ? "invoke-with-response-stream" : "invoke"))
        {
            Content = new ByteArrayContent(bytes) { Headers = { ContentType = JsonMediaType } },
        };
        message.Headers.Accept.ParseAdd(stream ? "application/vnd.amazon.eventstream" : "application/json");
        foreach (KeyValuePair<string, string> header in _options.Headers)
        {
            message.Headers.Remove(header.Key);
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        await _signer.AuthenticateAsync(message, bytes, cancellationToken).ConfigureAwait(false);
        return message;
    }

    public override async IAsyncEnumerable<SseRead<AnthropicStreamEvent>> ReadEventsAsync(Stream body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        IAsyncEnumerator<EventStreamMessage> messages = EventStreamReader.ReadAsync(body, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (messages.ConfigureAwait(false))
        {
            while (true)
            {
                SseRead<AnthropicStreamEvent> read;
                try
                {
                    if (!await messages.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }

                    read = new SseRead<AnthropicStreamEvent>(ToEvent(messages.Current), null);
                }
                catch (Exception ex) when (ex is EventStreamFormatException or JsonException or FormatException or IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
                {
                    read = new SseRead<AnthropicStreamEvent>(null, ex);
                }

                yield return read;
                if (read.Failure is not null)
                {
                    yield break;
                }
            }
        }
    }

    public override ResponsesException MapError(ProviderErrorContext context) => BedrockErrorMapper.Map(context);

    private static AnthropicStreamEvent ToEvent(EventStreamMessage message)
    {
        if (message.MessageType is "exception" or "error")
        {
            string? type = message.ExceptionType ?? message.ErrorCode;
            string text = BedrockErrorMapper.FailureMessage("bedrock", type, BedrockErrorMapper.PayloadOf(message));
            return new AnthropicStreamEvent { Type = "error", Error = new AnthropicError { Type = AnthropicErrorType(type), Message = text } };
        }

        using JsonDocument chunk = JsonDocument.Parse(message.Payload);
        byte[] bytes = chunk.RootElement.TryGetProperty("bytes", out JsonElement b) && b.ValueKind == JsonValueKind.String
            ? b.GetBytesFromBase64()
            : throw new JsonException("An invoke-with-response-stream chunk has no 'bytes'.");
        return JsonSerializer.Deserialize(bytes, AnthropicJson.StreamEvent) ?? throw new JsonException("An empty Messages stream event.");
    }

    // Bedrock's exception types in Anthropic's terms, so status, retry flag and failure code follow the same rules.
    private static string AnthropicErrorType(string? bedrockType) => bedrockType switch
    {
        "throttlingException" or "ThrottlingException" or "modelNotReadyException" => "rate_limit_error",
        "validationException" or "ValidationException" => "invalid_request_error",
        "serviceUnavailableException" or "ServiceUnavailableException" => "overloaded_error",
        "modelTimeoutException" => "timeout_error",
        _ => "api_error",
    };
}
