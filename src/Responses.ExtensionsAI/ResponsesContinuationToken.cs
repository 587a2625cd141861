using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Responses.ExtensionsAI;

/// <summary>
/// The continuation token of a background response: its id and, for a stream, the last sequence number seen.
/// Pass it back in <see cref="ChatOptions.ContinuationToken"/> (with no messages) to poll or resume the response.
/// </summary>
internal sealed class ResponsesContinuationToken : ResponseContinuationToken
{
    public ResponsesContinuationToken(string responseId, int? sequenceNumber = null)
    {
        ResponseId = responseId;
        SequenceNumber = sequenceNumber;
    }

    public string ResponseId { get; }

    public int? SequenceNumber { get; }

    public override ReadOnlyMemory<byte> ToBytes()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("responseId", ResponseId);
            if (SequenceNumber is { } sequence)
            {
                writer.WriteNumber("sequenceNumber", sequence);
            }

            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    public static ResponsesContinuationToken From(ResponseContinuationToken token)
    {
        if (token is ResponsesContinuationToken ours)
        {
            return ours;
        }

        try
        {
            using JsonDocument json = JsonDocument.Parse(token.ToBytes());
            JsonElement root = json.RootElement;
            string id = root.GetProperty("responseId").GetString() ?? throw new FormatException("The token has no response id.");
            int? sequence = root.TryGetProperty("sequenceNumber", out JsonElement s) ? s.GetInt32() : null;
            return new ResponsesContinuationToken(id, sequence);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ArgumentException($"Not a continuation token of a Responses chat client: {Encoding.UTF8.GetString(token.ToBytes().Span)}", nameof(token), ex);
        }
    }

    /// <summary>A token while a background response is still queued or running; none once it has finished.</summary>
    public static ResponsesContinuationToken? For(string? responseId, bool? background, ResponseStatus? status, int? sequenceNumber = null) =>
        background == true && responseId is not null && (status is null || status == ResponseStatus.Queued || status == ResponseStatus.InProgress)
            ? new ResponsesContinuationToken(responseId, sequenceNumber)
            : null;
}
