namespace Responses.Providers.Bedrock.EventStream;

/// <summary>An event stream that is not valid framing: a bad CRC, an impossible length, or a frame cut short.</summary>
public sealed class EventStreamFormatException : IOException
{
    /// <summary>Initializes an exception.</summary>
    public EventStreamFormatException()
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public EventStreamFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes an exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public EventStreamFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
