using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Responses.Providers.Tests.Middleware;

/// <summary>An <see cref="ILoggerFactory"/> that keeps every formatted log entry (with its structured state) for assertions.</summary>
internal sealed class RecordingLoggerFactory : ILoggerFactory
{
    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    /// <summary>Everything logged, as one string (messages, state values and exception text).</summary>
    public string AllText => string.Join("\n", Entries.Select(e => e.ToString()));

    internal sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyList<KeyValuePair<string, object?>> State, Exception? Exception)
    {
        public object? this[string key] => State.FirstOrDefault(kv => kv.Key == key).Value;

        public override string ToString() =>
            $"{Level} {Category} {EventId}: {Message} | {string.Join(", ", State.Select(kv => $"{kv.Key}={kv.Value}"))} | {Exception}";
    }

    private sealed class Logger(RecordingLoggerFactory owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            owner.Entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception), values.ToList(), exception));
        }
    }
}
