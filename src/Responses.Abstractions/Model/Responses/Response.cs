using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Responses;

/// <summary>A model response: its status, output items, usage and the request settings it echoes.</summary>
public sealed class Response : WireObject
{
    /// <summary>The unique id, <c>resp_…</c>.</summary>
    [WireRequired]
    public string? Id { get; set; }

    /// <summary>Always <c>response</c>.</summary>
    [WireRequired]
    public string Object { get; set; } = "response";

    /// <summary>Creation time, in Unix seconds.</summary>
    [WireRequired]
    public long CreatedAt { get; set; }

    /// <summary>The status.</summary>
    public ResponseStatus? Status { get; set; }

    /// <summary>Completion time, in Unix seconds, when completed.</summary>
    public long? CompletedAt { get; set; }

    /// <summary>The error, when the response failed.</summary>
    [WireRequired]
    public ResponseError? Error { get; set; }

    /// <summary>Why the response is incomplete, when it is.</summary>
    [WireRequired]
    public IncompleteDetails? IncompleteDetails { get; set; }

    /// <summary>The system (or developer) instructions the response was made with.</summary>
    [WireRequired]
    public JsonElement? Instructions { get; set; }

    /// <summary>The model that made the response.</summary>
    [WireRequired]
    public string? Model { get; set; }

    /// <summary>The output items, in order.</summary>
    [WireRequired]
    public IList<ResponseItem> Output { get; set; } = [];

    /// <summary>Token usage.</summary>
    public ResponseUsage? Usage { get; set; }

    /// <summary>Up to 16 key-value pairs attached to the response.</summary>
    [WireRequired]
    public IDictionary<string, string>? Metadata { get; set; }

    /// <summary>
    /// The concatenated text of every <c>output_text</c> part of the output messages (the SDKs'
    /// <c>output_text</c> convenience). Not part of the wire object.
    /// </summary>
    [JsonIgnore]
    public string OutputText
    {
        get
        {
            var builder = new StringBuilder();
            foreach (ResponseItem item in Output)
            {
                if (item is MessageItem { Content.Parts: { } parts })
                {
                    foreach (ContentPart part in parts)
                    {
                        if (part is OutputTextPart { Text: { } text })
                        {
                            builder.Append(text);
                        }
                    }
                }
            }

            return builder.ToString();
        }
    }
}
