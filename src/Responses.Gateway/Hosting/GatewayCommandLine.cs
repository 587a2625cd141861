namespace Responses.Gateway.Hosting;

/// <summary>
/// The gateway's command line: <c>--config</c>/<c>-c</c> (else <c>CONFIG_FILE_PATH</c>, else <c>config.yaml</c>, as LiteLLM);
/// every other argument (<c>--port</c>, <c>--host</c>, <c>--urls</c>, <c>--Gateway:…</c>) goes to ASP.NET's configuration.
/// </summary>
internal sealed record GatewayCommandLine(string ConfigPath, string[] HostArgs)
{
    public static GatewayCommandLine Parse(IReadOnlyList<string> args, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        string? configPath = null;
        var hostArgs = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg is "--config" or "-c")
            {
                configPath = i + 1 < args.Count ? args[++i] : throw new GatewayConfigException($"{arg} needs a file path.");
            }
            else if (arg.StartsWith("--config=", StringComparison.Ordinal))
            {
                configPath = arg["--config=".Length..];
            }
            else
            {
                hostArgs.Add(arg);
            }
        }

        return new GatewayCommandLine(configPath ?? environment("CONFIG_FILE_PATH") ?? "config.yaml", [.. hostArgs]);
    }
}
