namespace Responses.Gateway.Tests;

public sealed class ConfigTests
{
    private static string? Env(string name) => name switch
    {
        "OPENAI_KEY" => "sk-env",
        "MASTER" => "sk-master",
        _ => null,
    };

    [Fact]
    public void Reads_deployments_env_references_and_general_settings()
    {
        GatewayConfig config = GatewayConfig.Parse("""
            model_list:
              - model_name: gpt
                litellm_params:
                  model: openai/gpt-4o-mini
                  api_key: os.environ/OPENAI_KEY
                  api_base: http://localhost:8000/v1
              - model_name: claude-bedrock
                litellm_params:
                  model: bedrock/anthropic.claude-3-5-sonnet
                  aws_region_name: eu-west-1
                  api_version: "2023-06-01"
            general_settings:
              master_key: os.environ/MASTER
              database_url: sqlite:///data/gw.db
            """, "/srv/gw", Env);

        config.Deployments.Should().HaveCount(2);
        config.Deployments[0].ModelName.Should().Be("gpt");
        config.Deployments[0].Model.Should().Be("openai/gpt-4o-mini");
        config.Deployments[0].Settings.ApiKey.Should().Be("sk-env");
        config.Deployments[0].Settings.ApiBase.Should().Be(new Uri("http://localhost:8000/v1"));
        config.Deployments[1].Settings.Parameters["aws_region_name"].Should().Be("eu-west-1");
        config.Deployments[1].Settings.ApiVersion.Should().Be("2023-06-01");
        config.MasterKey.Should().Be("sk-master");
        config.DatabasePath.Should().Be(Path.Combine("/srv/gw", "data/gw.db"));
    }

    [Fact]
    public void The_database_defaults_to_responses_db_next_to_the_config()
    {
        GatewayConfig config = GatewayConfig.Parse("model_list:\n  - model_name: a\n    litellm_params:\n      model: openai/x\n", "/srv/gw", Env);
        config.DatabasePath.Should().Be(Path.Combine("/srv/gw", "responses.db"));
        config.MasterKey.Should().BeNull();
    }

    [Theory]
    [InlineData("model_list:\n  - model_name: a\n    litellm_params:\n      model: openai/x\n      api_key: os.environ/MISSING_KEY\n", "model_list[0].litellm_params.api_key", "MISSING_KEY")]
    [InlineData("model_list:\n  - model_name: a\n    litellm_params:\n      api_key: k\n", "model_list[0].litellm_params.model", "required")]
    [InlineData("model_list:\n  - litellm_params:\n      model: openai/x\n", "model_list[0].model_name", "required")]
    [InlineData("model_list:\n  - model_name: a\n    litellm_params:\n      model: openai/x\n      api_base: not a url\n", "model_list[0].litellm_params.api_base", "line 5")]
    [InlineData("model_list:\n  - model_name: a\n    litellm_params:\n      model: openai/x\ngeneral_settings:\n  database_url: mysql://u@h/db\n", "general_settings.database_url", "line 6")]
    [InlineData("general_settings:\n  master_key: sk-k\n", "model_list", "at least one")]
    [InlineData("model_list: [\n", "Invalid YAML", "line")]
    public void Bad_values_are_reported_with_the_key(string yaml, string key, string detail)
    {
        Action parse = () => GatewayConfig.Parse(yaml, "/srv/gw", Env);
        parse.Should().Throw<GatewayConfigException>().Which.Message.Should().Contain(key).And.Contain(detail);
    }

    [Fact]
    public void An_unknown_provider_prefix_stops_the_gateway_naming_the_key_and_line()
    {
        Action parse = () => GatewayConfig.Parse("model_list:\n  - model_name: a\n    litellm_params:\n      model: openai/x\n  - model_name: b\n    litellm_params:\n      model: nosuch/x\n", "/srv/gw", Env);
        parse.Should().Throw<GatewayConfigException>().Which.Message.Should()
            .Contain("model_list[1].litellm_params.model").And.Contain("line 7").And.Contain("unknown provider 'nosuch'");
    }

    [Fact]
    public void A_missing_provider_setting_stops_the_gateway_naming_the_key_and_line()
    {
        // vertex_ai/ needs a project: the provider factory says so when the pipelines are built.
        GatewayConfig config = GatewayConfig.Parse("model_list:\n  - model_name: a\n    litellm_params:\n      model: openai/x\n  - model_name: b\n    litellm_params:\n      model: vertex_ai/gemini-2.5-pro\n", "/srv/gw", Env);
        Action build = () => new GatewayPipelines(config, new InMemoryResponseStore()).Dispose();
        build.Should().Throw<GatewayConfigException>().Which.Message.Should()
            .Contain("model_list[1].litellm_params.model").And.Contain("line 5").And.Contain("vertex_project");
    }
}
