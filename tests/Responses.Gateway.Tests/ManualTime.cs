namespace Responses.Gateway.Tests;

/// <summary>A clock the test moves by hand (no sleeps).</summary>
internal sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
