using Microsoft.Extensions.Configuration;
using Responses.Gateway.Configuration;

namespace Responses.Gateway.Tests;

/// <summary>The typed LiteLLM config: limits, model_info, router_settings, wildcards, databases, and the IConfiguration overlay.</summary>
public sealed class ConfigModelTests
{
    private const string TwoModels = """
        model_list:
          - model_name: gpt-4o
            litellm_params:
              model: openai/gpt-4o
              api_key: sk-a
              rpm: 600
              tpm: 100000
              weight: 2.5
              timeout: 30
              stream_timeout: 5.5
              max_retries: 3
              aws_region_name: eu-west-1
              vertex_project: my-project
            model_info:
              id: deployment-1
              mode: responses
              base_model: gpt-4o-2024-08-06
              input_cost_per_token: 0.0000025
              output_cost_per_token: 0.00001
              cache_read_input_token_cost: 0.00000125
              max_input_tokens: 128000
              supports_vision: true
          - model_name: claude
            litellm_params:
              model: anthropic/claude-sonnet-4-5
              api_key: sk-b
        """;

    private static string? Env(string name) => name == "PRESENT" ? "value" : null;

    private static GatewayConfig Parse(string yaml, IConfiguration? overrides = null) => GatewayConfig.Parse(yaml, "/srv/gw", Env, overrides);

    private static string ErrorOf(string yaml, IConfiguration? overrides = null)
    {
        Action parse = () => Parse(yaml, overrides);
        return parse.Should().Throw<GatewayConfigException>().Which.Message;
    }

    [Fact]
    public void Deployment_limits_and_model_info_are_typed()
    {
        GatewayConfig config = Parse(TwoModels);

        Deployment gpt = config.Deployments[0];
        gpt.Limits.Should().Be(new DeploymentLimits
        {
            Rpm = 600, Tpm = 100000, Weight = 2.5, Timeout = TimeSpan.FromSeconds(30), StreamTimeout = TimeSpan.FromSeconds(5.5), MaxRetries = 3,
        });
        gpt.Settings.Parameters.Should().Contain("aws_region_name", "eu-west-1").And.Contain("vertex_project", "my-project")
            .And.NotContainKeys("rpm", "tpm", "weight", "timeout", "max_retries");
        gpt.Info.Id.Should().Be("deployment-1");
        gpt.Info.Mode.Should().Be("responses");
        gpt.Info.BaseModel.Should().Be("gpt-4o-2024-08-06");
        gpt.Info.InputCostPerToken.Should().Be(0.0000025m);
        gpt.Info.OutputCostPerToken.Should().Be(0.00001m);
        gpt.Info.Prices.Should().Contain("cache_read_input_token_cost", 0.00000125m);
        gpt.Info.TokenLimits.Should().Contain("max_input_tokens", 128000);
        gpt.Info.Other.Should().Contain("supports_vision", "true");
        config.Deployments[1].Limits.Should().Be(new DeploymentLimits());
    }

    [Fact]
    public void Router_settings_are_typed_and_fallbacks_checked_against_the_model_list()
    {
        GatewayConfig config = Parse(TwoModels + "\n" + """
            router_settings:
              routing_strategy: least-busy
              num_retries: 2
              timeout: 45
              allowed_fails: 3
              cooldown_time: 60
              fallbacks: [{"gpt-4o": ["claude"]}]
              context_window_fallbacks:
                - claude: gpt-4o
              default_fallbacks: ["claude"]
              retry_after: 2
            """);

        config.Router.RoutingStrategy.Should().Be("least-busy");
        config.Router.NumRetries.Should().Be(2);
        config.Router.Timeout.Should().Be(TimeSpan.FromSeconds(45));
        config.Router.AllowedFails.Should().Be(3);
        config.Router.CooldownTime.Should().Be(TimeSpan.FromSeconds(60));
        config.Router.Fallbacks.Should().ContainKey("gpt-4o").WhoseValue.Should().Equal("claude");
        config.Router.ContextWindowFallbacks.Should().ContainKey("claude").WhoseValue.Should().Equal("gpt-4o");
        config.Router.DefaultFallbacks.Should().Equal("claude");
        config.Router.RetryAfter.Should().Be(TimeSpan.FromSeconds(2));
        config.Warnings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("router_settings:\n  routing_strategy: round-robin\n", "router_settings.routing_strategy", "line 28", "round-robin")]
    [InlineData("router_settings:\n  num_retries: -1\n", "router_settings.num_retries", "line 28", "integer")]
    [InlineData("router_settings:\n  timeout: soon\n", "router_settings.timeout", "line 28", "number")]
    [InlineData("router_settings:\n  fallbacks: [{\"gpt-4o\": [\"nosuch\"]}]\n", "router_settings.fallbacks[0].gpt-4o[0]", "line 28", "nosuch")]
    [InlineData("router_settings:\n  cooldown_time: os.environ/MISSING\n", "router_settings.cooldown_time", "line 28", "'MISSING', which is not set")]
    [InlineData("general_settings:\n  master_key: plain\n", "general_settings.master_key", "line 28", "sk-")]
    [InlineData("general_settings:\n  max_request_size_mb: 0\n", "general_settings.max_request_size_mb", "line 28", "greater than 0")]
    public void Bad_router_and_general_values_name_the_key_and_the_line(string section, string key, string line, string detail)
    {
        ErrorOf(TwoModels + "\n" + section).Should().Contain($"'{key}'").And.Contain(line).And.Contain(detail);
    }

    [Theory]
    [InlineData("      rpm: many\n", "model_list[0].litellm_params.rpm", "line 5", "many")]
    [InlineData("      weight: -1\n", "model_list[0].litellm_params.weight", "line 5", "non-negative")]
    [InlineData("      max_retries: 1.5\n", "model_list[0].litellm_params.max_retries", "line 5", "integer")]
    [InlineData("      api_key: os.environ/MISSING_KEY\n", "model_list[0].litellm_params.api_key", "line 5", "MISSING_KEY")]
    [InlineData("    model_info:\n      input_cost_per_token: free\n", "model_list[0].model_info.input_cost_per_token", "line 6", "free")]
    public void Bad_deployment_values_name_the_key_and_the_line(string extra, string key, string line, string detail)
    {
        ErrorOf("model_list:\n  - model_name: a\n    litellm_params:\n      model: openai/x\n" + extra).Should().Contain($"'{key}'").And.Contain(line).And.Contain(detail);
    }

    [Fact]
    public void Unsupported_settings_are_reported_not_silently_ignored()
    {
        GatewayConfig config = Parse(TwoModels + "\n" + """
            litellm_settings:
              drop_params: true
            router_settings:
              redis_host: localhost
            general_settings:
              alerting: ["slack"]
            """);

        config.Warnings.Should().HaveCount(3);
        config.Warnings.Should().Contain(w => w.Contains("'litellm_settings' (line 28)"))
            .And.Contain(w => w.Contains("'router_settings.redis_host' (line 30)"))
            .And.Contain(w => w.Contains("'general_settings.alerting' (line 32)"));
    }

    [Fact]
    public void Wildcards_route_any_model_and_name_the_provider_model()
    {
        GatewayConfig config = Parse("""
            model_list:
              - model_name: "*"
                litellm_params:
                  model: openai/*
              - model_name: anthropic/*
                litellm_params:
                  model: anthropic/*
              - model_name: fixed
                litellm_params:
                  model: openai/gpt-4o
            """);
        using var pipelines = new GatewayPipelines(config, new InMemoryResponseStore());

        pipelines.Find("fixed")!.Deployments[0].Deployment.ProviderModelFor("fixed").Should().Be("gpt-4o");
        pipelines.Find("anthropic/claude-3-5-sonnet-20240620")!.Deployments[0].Deployment.ModelName.Should().Be("anthropic/*");
        pipelines.Find("anthropic/claude-3-5-sonnet-20240620")!.Deployments[0].Deployment.ProviderModelFor("anthropic/claude-3-5-sonnet-20240620").Should().Be("claude-3-5-sonnet-20240620");
        pipelines.Find("o1-pro")!.Deployments[0].Deployment.ModelName.Should().Be("*");
        pipelines.Find("o1-pro")!.Deployments[0].Deployment.ProviderModelFor("o1-pro").Should().Be("o1-pro");
    }

    [Fact]
    public void A_wildcard_model_needs_a_wildcard_name()
    {
        ErrorOf("model_list:\n  - model_name: a\n    litellm_params:\n      model: openai/*\n")
            .Should().Contain("'model_list[0].litellm_params.model'").And.Contain("line 4").And.Contain("wildcard");
    }

    [Theory]
    [InlineData("postgresql://gw:p%40ss@db.internal:5433/litellm?sslmode=require&schema=tenant1", "db.internal", 5433, "gw", "p@ss", "litellm", "tenant1")]
    [InlineData("postgres://u@localhost/db", "localhost", 5432, "u", null, "db", "public")]
    public void A_postgresql_database_url_selects_the_PostgreSQL_store(string url, string host, int port, string user, string? password, string database, string schema)
    {
        GatewayConfig config = Parse(TwoModels + "\n" + $"general_settings:\n  database_url: {url}\n");

        config.StoreKind.Should().Be(GatewayStoreKind.Postgres);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(config.PostgresConnectionString);
        builder.Host.Should().Be(host);
        builder.Port.Should().Be(port);
        builder.Username.Should().Be(user);
        builder.Password.Should().Be(password);
        builder.Database.Should().Be(database);
        config.PostgresSchema.Should().Be(schema);
    }

    [Fact]
    public void Appsettings_and_environment_override_config_yaml_with_the_same_keys()
    {
        IConfiguration overrides = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Gateway:general_settings:master_key"] = "sk-from-appsettings",
                ["Gateway:model_list:1:litellm_params:api_key"] = "sk-b-override",
                ["Gateway:model_list:2:model_name"] = "added",
                ["Gateway:model_list:2:litellm_params:model"] = "openai/gpt-4.1",
                ["Gateway:router_settings:num_retries"] = "4",
            })
            .Build();

        GatewayConfig config = Parse(TwoModels + "\n" + "general_settings:\n  master_key: sk-from-yaml\n", overrides);

        config.MasterKey.Should().Be("sk-from-appsettings");
        config.Deployments.Should().HaveCount(3);
        config.Deployments[1].Settings.ApiKey.Should().Be("sk-b-override");
        config.Deployments[1].Model.Should().Be("anthropic/claude-sonnet-4-5", "the rest of the entry still comes from config.yaml");
        config.Deployments[2].ModelName.Should().Be("added");
        config.Router.NumRetries.Should().Be(4);
    }

    [Fact]
    public void A_bad_overriding_value_names_its_configuration_key()
    {
        IConfiguration overrides = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Gateway:model_list:0:litellm_params:rpm"] = "lots" })
            .Build();

        ErrorOf(TwoModels, overrides).Should().Contain("'model_list[0].litellm_params.rpm'").And.Contain("Gateway:model_list:0:litellm_params:rpm");
    }

    [Fact]
    public void Environment_variables_use_the_same_keys()
    {
        // Only Program.cs reads the process environment into the overlay; no other test does, so this variable is safe to set.
        Environment.SetEnvironmentVariable("Gateway__general_settings__master_key", "sk-from-env");
        try
        {
            IConfiguration overrides = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            Parse(TwoModels, overrides).MasterKey.Should().Be("sk-from-env");
        }
        finally
        {
            Environment.SetEnvironmentVariable("Gateway__general_settings__master_key", null);
        }
    }

    [Fact]
    public void Only_settings_the_pipelines_do_not_apply_are_listed_for_the_start_up_log()
    {
        GatewayConfig plain = Parse("model_list:\n  - model_name: a\n    litellm_params:\n      model: openai/x\n");
        plain.ParsedButNotApplied().Should().BeEmpty();

        // rpm/tpm/weight/timeout/max_retries, model_info prices, several deployments and router_settings are applied now.
        GatewayConfig applied = Parse(TwoModels + "\n" + "  - model_name: claude\n    litellm_params:\n      model: anthropic/claude-opus-4\nrouter_settings:\n  num_retries: 1\n");
        applied.ParsedButNotApplied().Should().BeEmpty();

        GatewayConfig notApplied = Parse("model_list:\n  - model_name: a\n    litellm_params:\n      model: openai/x\n      stream_timeout: 5\n"
            + "router_settings:\n  routing_strategy: cost-based-routing\n");
        notApplied.ParsedButNotApplied().Should().ContainSingle()
            .Which.Should().Contain("cost-based-routing").And.Contain("simple-shuffle is used");
    }
}
