namespace Responses.Gateway.Tests;

/// <summary>
/// Tests that read metric values run alone: the OpenTelemetry exporter subscribes to meters by name, process-wide, so a
/// gateway started by a test running in parallel would add its streams and requests to the values asserted.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideMetricsCollection
{
    public const string Name = "Process-wide metrics";
}
