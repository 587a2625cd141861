using Microsoft.Extensions.Configuration;
using Responses.Gateway;
using Responses.Gateway.Hosting;

try
{
    GatewayCommandLine commandLine = GatewayCommandLine.Parse(args);

    // The same settings as config.yaml may come from appsettings.json, the environment (Gateway__general_settings__master_key)
    // and the command line (--Gateway:general_settings:master_key=…), each overriding the ones before it and config.yaml.
    IConfiguration overrides = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .AddCommandLine(commandLine.HostArgs)
        .Build();
    GatewayConfig config = GatewayConfig.Load(commandLine.ConfigPath, overrides: overrides);
    await using WebApplication app = Gateway.Build(config, commandLine.HostArgs);
    await app.RunAsync();
    return 0;
}
catch (GatewayConfigException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}
