using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace Responses.Benchmarks;

/// <summary>
/// Parse and serialize every recorded OpenAI Responses stream event (all recorded streams in
/// tests/fixtures, concatenated: 2,926 events). Results are per event (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class StreamEventBenchmarks
{
    private const int EventCount = 2926;

    private byte[][] _utf8Events = [];
    private ResponseStreamEvent[] _events = [];
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);

    [GlobalSetup]
    public void Setup()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "fixtures", "openai-responses");
        _utf8Events = Directory.GetFiles(folder, "*.chunks.txt")
            .OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0)
            .Select(System.Text.Encoding.UTF8.GetBytes)
            .ToArray();
        if (_utf8Events.Length != EventCount)
        {
            throw new InvalidOperationException($"Expected {EventCount} recorded events, found {_utf8Events.Length}.");
        }

        _events = _utf8Events.Select(e => ResponsesJson.Deserialize<ResponseStreamEvent>(e)!).ToArray();
    }

    [Benchmark(OperationsPerInvoke = EventCount)]
    public int Parse()
    {
        int count = 0;
        foreach (byte[] utf8 in _utf8Events)
        {
            count += ResponsesJson.Deserialize<ResponseStreamEvent>(utf8)!.SequenceNumber >= 0 ? 1 : 0;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = EventCount)]
    public long Serialize()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = ResponsesJson.Options.Encoder });
        foreach (ResponseStreamEvent streamEvent in _events)
        {
            ResponsesJson.Serialize(writer, streamEvent);
            writer.Flush();
            writer.Reset(_buffer);
        }

        return _buffer.WrittenCount;
    }

    [Benchmark(OperationsPerInvoke = EventCount)]
    public long ParseAndSerialize()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = ResponsesJson.Options.Encoder });
        foreach (byte[] utf8 in _utf8Events)
        {
            ResponsesJson.Serialize(writer, ResponsesJson.Deserialize<ResponseStreamEvent>(utf8)!);
            writer.Flush();
            writer.Reset(_buffer);
        }

        return _buffer.WrittenCount;
    }
}
