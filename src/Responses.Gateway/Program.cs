using Responses.Gateway;

string? configPath = null;
for (int i = 0; i < args.Length - 1; i++)
{
    if (args[i] is "--config" or "-c")
    {
        configPath = args[i + 1];
    }
}

configPath ??= Environment.GetEnvironmentVariable("CONFIG_FILE_PATH") ?? "config.yaml";
try
{
    GatewayConfig config = GatewayConfig.Load(configPath);
    string[] hostArgs = args.Where((a, i) => a is not ("--config" or "-c") && (i == 0 || args[i - 1] is not ("--config" or "-c"))).ToArray();
    await using WebApplication app = Gateway.Build(config, hostArgs);
    await app.RunAsync();
    return 0;
}
catch (GatewayConfigException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}
