using System.Text.Json.Serialization;

namespace Responses;

/// <summary>The action of a multi-agent call (beta): <c>spawn_agent</c>, <c>interrupt_agent</c>, <c>list_agents</c>, <c>send_message</c>, <c>followup_task</c>, <c>wait_agent</c> or another value.</summary>
[JsonConverter(typeof(WireEnumConverter<MultiAgentAction>))]
public readonly record struct MultiAgentAction(string Value) : IWireEnum<MultiAgentAction>
{
    /// <summary><c>spawn_agent</c>.</summary>
    public static MultiAgentAction SpawnAgent { get; } = new("spawn_agent");

    /// <summary><c>interrupt_agent</c>.</summary>
    public static MultiAgentAction InterruptAgent { get; } = new("interrupt_agent");

    /// <summary><c>list_agents</c>.</summary>
    public static MultiAgentAction ListAgents { get; } = new("list_agents");

    /// <summary><c>send_message</c>.</summary>
    public static MultiAgentAction SendMessage { get; } = new("send_message");

    /// <summary><c>followup_task</c>.</summary>
    public static MultiAgentAction FollowupTask { get; } = new("followup_task");

    /// <summary><c>wait_agent</c>.</summary>
    public static MultiAgentAction WaitAgent { get; } = new("wait_agent");

    /// <inheritdoc />
    public static MultiAgentAction Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
