using Microsoft.Extensions.Configuration;
using Responses.Gateway.Hosting;

namespace Responses.Gateway.Tests;

/// <summary>The command line as a unit: --config, --port, --host, --urls, and loopback-only without a master key.</summary>
public sealed class HostingArgumentTests
{
    private static IConfiguration CommandLine(params string[] args) => new ConfigurationBuilder().AddCommandLine(args).Build();

    [Theory]
    [InlineData(new[] { "--config", "conf/a.yaml", "--port", "8080" }, "conf/a.yaml", new[] { "--port", "8080" })]
    [InlineData(new[] { "-c", "a.yaml" }, "a.yaml", new string[0])]
    [InlineData(new[] { "--host", "127.0.0.1", "--config=b.yaml" }, "b.yaml", new[] { "--host", "127.0.0.1" })]
    [InlineData(new[] { "--urls", "http://127.0.0.1:9000" }, "config.yaml", new[] { "--urls", "http://127.0.0.1:9000" })]
    public void The_config_path_is_taken_out_and_the_rest_goes_to_the_host(string[] args, string config, string[] hostArgs)
    {
        GatewayCommandLine parsed = GatewayCommandLine.Parse(args, _ => null);
        parsed.ConfigPath.Should().Be(config);
        parsed.HostArgs.Should().Equal(hostArgs);
    }

    [Fact]
    public void Without_config_the_path_comes_from_CONFIG_FILE_PATH_as_in_LiteLLM()
    {
        GatewayCommandLine.Parse([], name => name == "CONFIG_FILE_PATH" ? "/etc/litellm.yaml" : null).ConfigPath.Should().Be("/etc/litellm.yaml");
        Action missing = () => GatewayCommandLine.Parse(["--config"], _ => null);
        missing.Should().Throw<GatewayConfigException>().WithMessage("*--config needs a file path*");
    }

    [Theory]
    [InlineData(new string[0], "http://127.0.0.1:4000")]
    [InlineData(new[] { "--port", "8080" }, "http://127.0.0.1:8080")]
    [InlineData(new[] { "--host", "0.0.0.0" }, "http://0.0.0.0:4000")]
    [InlineData(new[] { "--host", "10.1.2.3", "--port", "5000" }, "http://10.1.2.3:5000")]
    [InlineData(new[] { "--urls", "http://+:7000", "--port", "1" }, "http://+:7000")]
    public void With_a_master_key_any_address_may_be_used(string[] args, string expected)
    {
        ListenAddress.Resolve(CommandLine(args), loopbackOnly: false).Should().Be(expected);
    }

    [Theory]
    [InlineData(new string[0], "http://127.0.0.1:4000")]
    [InlineData(new[] { "--host", "localhost", "--port", "4001" }, "http://localhost:4001")]
    [InlineData(new[] { "--urls", "http://[::1]:4002" }, "http://[::1]:4002")]
    public void Without_a_master_key_loopback_addresses_are_allowed(string[] args, string expected)
    {
        ListenAddress.Resolve(CommandLine(args), loopbackOnly: true).Should().Be(expected);
    }

    [Theory]
    [InlineData("--host", "0.0.0.0")]
    [InlineData("--urls", "http://*:4000")]
    [InlineData("--urls", "http://127.0.0.1:4000;http://10.0.0.5:4000")]
    public void Without_a_master_key_other_addresses_stop_the_gateway(string name, string value)
    {
        Action resolve = () => ListenAddress.Resolve(CommandLine(name, value), loopbackOnly: true);
        resolve.Should().Throw<GatewayConfigException>().WithMessage("*master_key*loopback*");
    }

    [Fact]
    public void A_bad_port_is_a_config_error()
    {
        Action resolve = () => ListenAddress.Resolve(CommandLine("--port", "http"), loopbackOnly: false);
        resolve.Should().Throw<GatewayConfigException>().WithMessage("*--port 'http'*");
    }
}
