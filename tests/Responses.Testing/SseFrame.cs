namespace Responses.Testing;

/// <summary>
/// One server-sent event as a provider writes it: an optional <c>event:</c> name and the <c>data:</c> payload.
/// A frame with <see cref="RawText"/> is written verbatim instead (to produce malformed streams).
/// </summary>
/// <param name="Event">The <c>event:</c> field, or <c>null</c> to omit it.</param>
/// <param name="Data">The <c>data:</c> payload (multi-line data is written as several <c>data:</c> lines).</param>
public sealed record SseFrame(string? Event, string Data)
{
    /// <summary>OpenAI's end-of-stream sentinel payload.</summary>
    public const string DoneSentinel = "[DONE]";

    /// <summary>When set, written verbatim (no <c>event:</c>/<c>data:</c> framing is added).</summary>
    public string? RawText { get; init; }

    /// <summary>An optional <c>id:</c> field.</summary>
    public string? Id { get; init; }

    /// <summary>A frame with only a <c>data:</c> line.</summary>
    public static SseFrame FromData(string data) => new(null, data);

    /// <summary>The <c>data: [DONE]</c> frame.</summary>
    public static SseFrame Done() => new(null, DoneSentinel);

    /// <summary>A frame written exactly as given (include the terminating blank line yourself).</summary>
    public static SseFrame Raw(string rawText) => new(null, string.Empty) { RawText = rawText };

    /// <summary>A syntactically valid SSE frame whose data is not valid JSON.</summary>
    public static SseFrame InvalidJson(string? eventName = "response.output_text.delta") =>
        Raw((eventName is null ? string.Empty : $"event: {eventName}\n") + "data: {\"type\":\"response.output_text.delta\",\"delta\":\n\n");

    /// <summary>A garbage line that is neither an SSE field nor JSON, followed by a blank line.</summary>
    public static SseFrame Garbage() => Raw("this is not server-sent events {{{\n\n");

    /// <summary>Renders the frame as it goes on the wire.</summary>
    public string ToWireText()
    {
        if (RawText is not null)
        {
            return RawText;
        }

        var sb = new System.Text.StringBuilder();
        if (Event is not null)
        {
            sb.Append("event: ").Append(Event).Append('\n');
        }

        if (Id is not null)
        {
            sb.Append("id: ").Append(Id).Append('\n');
        }

        foreach (var line in Data.Split('\n'))
        {
            sb.Append("data: ").Append(line.TrimEnd('\r')).Append('\n');
        }

        return sb.Append('\n').ToString();
    }
}
