using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace Responses.Providers.Bedrock.EventStream;

/// <summary>
/// Reads <c>application/vnd.amazon.eventstream</c> messages: a 12-byte prelude (total length, headers length,
/// prelude CRC-32), typed headers, the payload and a CRC-32 of the whole message. Both CRCs are checked; a bad
/// CRC, an impossible length or a stream that ends inside a message throws <see cref="EventStreamFormatException"/>.
/// </summary>
/// <remarks>
/// One pooled buffer is reused across messages (it grows to the largest message); only the header strings and the
/// payload of each message are allocated.
/// </remarks>
public static class EventStreamReader
{
    /// <summary>The prelude: total length, headers length, prelude CRC.</summary>
    public const int PreludeLength = 12;

    /// <summary>The largest message accepted (the service's limit is 16 MiB); larger lengths mean a corrupted prelude.</summary>
    public const int MaxMessageLength = 16 * 1024 * 1024;

    private const int MinMessageLength = PreludeLength + 4;

    /// <summary>Reads messages until the stream ends cleanly between two messages.</summary>
    /// <param name="stream">The response body.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The messages, in order.</returns>
    /// <exception cref="EventStreamFormatException">The framing is invalid or the stream ends inside a message.</exception>
    public static async IAsyncEnumerable<EventStreamMessage> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(4096);
        int start = 0;
        int end = 0;
        int needed;
        try
        {
            while (true)
            {
                // Decode every whole message already buffered.
                while (TryDecode(buffer.AsSpan(start, end - start), out EventStreamMessage? message, out int consumed, out needed))
                {
                    start += consumed;
                    yield return message!;
                }

                if (start == end)
                {
                    start = end = 0;
                }
                else if (buffer.Length - start < needed)
                {
                    // Make room for the rest of the message: move it to the front, or grow.
                    byte[] target = needed > buffer.Length ? ArrayPool<byte>.Shared.Rent(needed) : buffer;
                    Buffer.BlockCopy(buffer, start, target, 0, end - start);
                    if (!ReferenceEquals(target, buffer))
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = target;
                    }

                    end -= start;
                    start = 0;
                }

                int read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    if (end > start)
                    {
                        throw new EventStreamFormatException($"The event stream ended inside a message ({end - start} of {Math.Max(needed, PreludeLength)} bytes received).");
                    }

                    yield break;
                }

                end += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Decodes the message at the start of <paramref name="data"/>, if it is all there.</summary>
    /// <param name="data">Buffered bytes.</param>
    /// <param name="message">The message, when one was decoded.</param>
    /// <param name="consumed">The bytes the message took.</param>
    /// <param name="needed">When no message was decoded: the bytes needed to go on (at least the prelude).</param>
    /// <returns><see langword="true"/> when a message was decoded.</returns>
    /// <exception cref="EventStreamFormatException">The framing is invalid.</exception>
    public static bool TryDecode(ReadOnlySpan<byte> data, out EventStreamMessage? message, out int consumed, out int needed)
    {
        message = null;
        consumed = 0;
        if (data.Length < PreludeLength)
        {
            needed = PreludeLength;
            return false;
        }

        uint totalLength = BinaryPrimitives.ReadUInt32BigEndian(data);
        uint headersLength = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
        uint preludeCrc = BinaryPrimitives.ReadUInt32BigEndian(data[8..]);

        // The prelude CRC is checked before the lengths are trusted, so a damaged length never drives a huge read.
        uint actualPreludeCrc = Crc32.Compute(data[..8]);
        if (actualPreludeCrc != preludeCrc)
        {
            throw new EventStreamFormatException($"Event stream prelude CRC mismatch (expected 0x{preludeCrc:x8}, computed 0x{actualPreludeCrc:x8}).");
        }

        if (totalLength < MinMessageLength || totalLength > MaxMessageLength || headersLength > totalLength - MinMessageLength)
        {
            throw new EventStreamFormatException($"Invalid event stream lengths (total {totalLength}, headers {headersLength}).");
        }

        needed = (int)totalLength;
        if (data.Length < needed)
        {
            return false;
        }

        ReadOnlySpan<byte> frame = data[..needed];
        uint messageCrc = BinaryPrimitives.ReadUInt32BigEndian(frame[^4..]);
        uint actualMessageCrc = Crc32.Compute(frame[..^4]);
        if (actualMessageCrc != messageCrc)
        {
            throw new EventStreamFormatException($"Event stream message CRC mismatch (expected 0x{messageCrc:x8}, computed 0x{actualMessageCrc:x8}).");
        }

        ReadOnlySpan<byte> headers = frame.Slice(PreludeLength, (int)headersLength);
        ReadOnlySpan<byte> payload = frame[(PreludeLength + (int)headersLength)..^4];
        message = DecodeHeaders(headers, payload.ToArray());
        consumed = needed;
        return true;
    }

    private static EventStreamMessage DecodeHeaders(ReadOnlySpan<byte> headers, byte[] payload)
    {
        string? messageType = null, eventType = null, exceptionType = null, errorCode = null, errorMessage = null, contentType = null;
        int offset = 0;
        while (offset < headers.Length)
        {
            int nameLength = headers[offset++];
            ReadOnlySpan<byte> name = Take(headers, ref offset, nameLength);
            byte valueType = Take(headers, ref offset, 1)[0];
            switch (valueType)
            {
                case 0: // true
                case 1: // false
                    break;
                case 2: // byte
                    Take(headers, ref offset, 1);
                    break;
                case 3: // int16
                    Take(headers, ref offset, 2);
                    break;
                case 4: // int32
                    Take(headers, ref offset, 4);
                    break;
                case 5: // int64
                case 8: // timestamp
                    Take(headers, ref offset, 8);
                    break;
                case 9: // uuid
                    Take(headers, ref offset, 16);
                    break;
                case 6: // bytes
                    Take(headers, ref offset, BinaryPrimitives.ReadUInt16BigEndian(Take(headers, ref offset, 2)));
                    break;
                case 7: // string
                    ReadOnlySpan<byte> value = Take(headers, ref offset, BinaryPrimitives.ReadUInt16BigEndian(Take(headers, ref offset, 2)));
                    if (name.SequenceEqual(":message-type"u8))
                    {
                        messageType = Encoding.UTF8.GetString(value);
                    }
                    else if (name.SequenceEqual(":event-type"u8))
                    {
                        eventType = Encoding.UTF8.GetString(value);
                    }
                    else if (name.SequenceEqual(":exception-type"u8))
                    {
                        exceptionType = Encoding.UTF8.GetString(value);
                    }
                    else if (name.SequenceEqual(":error-code"u8))
                    {
                        errorCode = Encoding.UTF8.GetString(value);
                    }
                    else if (name.SequenceEqual(":error-message"u8))
                    {
                        errorMessage = Encoding.UTF8.GetString(value);
                    }
                    else if (name.SequenceEqual(":content-type"u8))
                    {
                        contentType = Encoding.UTF8.GetString(value);
                    }

                    break;
                default:
                    throw new EventStreamFormatException($"Unknown event stream header value type {valueType}.");
            }
        }

        return new EventStreamMessage(messageType, eventType, exceptionType, errorCode, errorMessage, contentType, payload);
    }

    private static ReadOnlySpan<byte> Take(ReadOnlySpan<byte> headers, ref int offset, int length)
    {
        if (length > headers.Length - offset)
        {
            throw new EventStreamFormatException("An event stream header runs past the end of the headers.");
        }

        ReadOnlySpan<byte> slice = headers.Slice(offset, length);
        offset += length;
        return slice;
    }
}
