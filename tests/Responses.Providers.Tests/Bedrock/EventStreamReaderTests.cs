using Responses.Providers.Bedrock.EventStream;
using Responses.Testing;

namespace Responses.Providers.Tests.Bedrock;

public sealed class EventStreamReaderTests
{
    private const string Synthetic = "wire/bedrock/converse-stream-synthetic.bin";

    [Fact]
    public async Task Decodes_the_synthetic_fixture()
    {
        IReadOnlyList<EventStreamMessage> messages = await ReadAllAsync(new MemoryStream(Fixtures.ReadBytes(Synthetic)));

        messages.Select(m => m.EventType).Should().Equal(
            "messageStart", "contentBlockDelta", "contentBlockDelta", "contentBlockStop", "contentBlockStart",
            "contentBlockDelta", "contentBlockDelta", "contentBlockStop", "messageStop", "metadata");
        messages.Should().OnlyContain(m => m.MessageType == "event" && m.ContentType == "application/json");
        System.Text.Encoding.UTF8.GetString(messages[8].Payload.Span).Should().Contain("\"stopReason\":\"tool_use\"");
    }

    [Fact]
    public async Task Decodes_the_exception_fixture()
    {
        EventStreamMessage message = (await ReadAllAsync(new MemoryStream(Fixtures.ReadBytes("wire/bedrock/converse-stream-synthetic-exception.bin")))).Single();

        message.MessageType.Should().Be("exception");
        message.ExceptionType.Should().Be("throttlingException");
        message.EventType.Should().BeNull();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(13)]
    [InlineData(4096)]
    public async Task Reads_the_same_messages_whatever_the_read_size(int chunk)
    {
        byte[] bytes = Fixtures.ReadBytes(Synthetic);
        IReadOnlyList<EventStreamMessage> whole = await ReadAllAsync(new MemoryStream(bytes));
        IReadOnlyList<EventStreamMessage> split = await ReadAllAsync(new TrickleStream(bytes, chunk));

        split.Select(m => (m.EventType, Convert.ToBase64String(m.Payload.Span))).Should().Equal(whole.Select(m => (m.EventType, Convert.ToBase64String(m.Payload.Span))));
    }

    [Fact]
    public async Task A_large_message_grows_the_buffer()
    {
        string text = new('x', 100_000);
        byte[] frame = EventStreamEncoder.Event("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"" + text + "\"}}");

        EventStreamMessage message = (await ReadAllAsync(new TrickleStream([.. frame, .. frame], 7000)))[0];

        message.Payload.Length.Should().BeGreaterThan(100_000);
    }

    [Fact]
    public async Task A_corrupted_prelude_crc_is_rejected()
    {
        byte[] bytes = Fixtures.ReadBytes(Synthetic);
        bytes[9] ^= 0xFF;

        await FluentActions.Awaiting(() => ReadAllAsync(new MemoryStream(bytes)))
            .Should().ThrowAsync<EventStreamFormatException>().WithMessage("*prelude CRC*");
    }

    [Fact]
    public async Task A_corrupted_length_is_caught_by_the_prelude_crc_before_it_is_trusted()
    {
        byte[] bytes = Fixtures.ReadBytes(Synthetic);
        bytes[0] = 0x7F;

        await FluentActions.Awaiting(() => ReadAllAsync(new MemoryStream(bytes)))
            .Should().ThrowAsync<EventStreamFormatException>().WithMessage("*prelude CRC*");
    }

    [Fact]
    public async Task A_corrupted_payload_fails_the_message_crc()
    {
        byte[] bytes = Fixtures.ReadBytes(Synthetic);
        int second = Fixtures.ReadAwsEventStreamMessages(Synthetic)[0].Length;
        bytes[second + 60] ^= 0x01;

        var read = new List<EventStreamMessage>();
        Func<Task> act = async () =>
        {
            await foreach (EventStreamMessage m in EventStreamReader.ReadAsync(new MemoryStream(bytes)))
            {
                read.Add(m);
            }
        };

        await act.Should().ThrowAsync<EventStreamFormatException>().WithMessage("*message CRC*");
        read.Should().HaveCount(1, "the frames before the damaged one are good");
    }

    [Theory]
    [InlineData(5)]
    [InlineData(12)]
    [InlineData(40)]
    public async Task A_truncated_frame_is_rejected(int cut)
    {
        byte[] first = Fixtures.ReadAwsEventStreamMessages(Synthetic)[0];
        byte[] bytes = [.. first, .. Fixtures.ReadAwsEventStreamMessages(Synthetic)[1].AsSpan(0, cut)];

        await FluentActions.Awaiting(() => ReadAllAsync(new MemoryStream(bytes)))
            .Should().ThrowAsync<EventStreamFormatException>().WithMessage("*ended inside a message*");
    }

    [Fact]
    public void An_impossible_length_with_a_valid_prelude_crc_is_rejected()
    {
        byte[] prelude = new byte[12];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(prelude, 8);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(prelude.AsSpan(8), Crc32.Compute(prelude.AsSpan(0, 8)));

        FluentActions.Invoking(() => EventStreamReader.TryDecode(prelude, out _, out _, out _))
            .Should().Throw<EventStreamFormatException>().WithMessage("*lengths*");
    }

    [Fact]
    public void Crc32_matches_the_standard_check_value() =>
        Crc32.Compute("123456789"u8).Should().Be(0xCBF43926u);

    private static async Task<IReadOnlyList<EventStreamMessage>> ReadAllAsync(Stream stream)
    {
        var messages = new List<EventStreamMessage>();
        await foreach (EventStreamMessage m in EventStreamReader.ReadAsync(stream))
        {
            messages.Add(m);
        }

        return messages;
    }
}
