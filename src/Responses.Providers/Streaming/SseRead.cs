namespace Responses.Providers.Streaming;

/// <summary>One result of <see cref="ProviderSseReader"/>: an event, or the failure that ended the stream.</summary>
/// <typeparam name="T">The parsed event type.</typeparam>
/// <param name="Event">The event, when <paramref name="Failure"/> is <see langword="null"/>.</param>
/// <param name="Failure">What broke the stream, if it broke.</param>
public readonly record struct SseRead<T>(T? Event, Exception? Failure)
    where T : class;
