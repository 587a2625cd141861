using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using Responses.Providers.Bedrock.EventStream;

namespace Responses.Providers.Tests.Bedrock;

/// <summary>Encodes <c>application/vnd.amazon.eventstream</c> frames (string headers only), to replay decoded fixtures as real frames.</summary>
internal static class EventStreamEncoder
{
    public const string ContentType = "application/vnd.amazon.eventstream";

    public static byte[] Encode(IReadOnlyList<(string Name, string Value)> headers, ReadOnlySpan<byte> payload)
    {
        using var headerBytes = new MemoryStream();
        foreach ((string name, string value) in headers)
        {
            byte[] n = Encoding.UTF8.GetBytes(name);
            byte[] v = Encoding.UTF8.GetBytes(value);
            headerBytes.WriteByte((byte)n.Length);
            headerBytes.Write(n);
            headerBytes.WriteByte(7);
            headerBytes.WriteByte((byte)(v.Length >> 8));
            headerBytes.WriteByte((byte)v.Length);
            headerBytes.Write(v);
        }

        int total = 12 + (int)headerBytes.Length + payload.Length + 4;
        var frame = new byte[total];
        BinaryPrimitives.WriteUInt32BigEndian(frame, (uint)total);
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(4), (uint)headerBytes.Length);
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(8), Crc32.Compute(frame.AsSpan(0, 8)));
        headerBytes.ToArray().CopyTo(frame, 12);
        payload.CopyTo(frame.AsSpan(12 + (int)headerBytes.Length));
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(total - 4), Crc32.Compute(frame.AsSpan(0, total - 4)));
        return frame;
    }

    public static byte[] Event(string eventType, string json) =>
        Encode([(":event-type", eventType), (":content-type", "application/json"), (":message-type", "event")], Encoding.UTF8.GetBytes(json));

    public static byte[] Exception(string exceptionType, string message) =>
        Encode([(":exception-type", exceptionType), (":content-type", "application/json"), (":message-type", "exception")], JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["message"] = message }));

    /// <summary>A decoded chunk line (<c>{"eventType": payload}</c>) as a frame.</summary>
    public static byte[] FromChunk(JsonElement chunk)
    {
        JsonProperty only = chunk.EnumerateObject().Single();
        return Event(only.Name, only.Value.GetRawText());
    }
}
