namespace Responses.Gateway;

/// <summary>A configuration error: names the key (and the line when known); the gateway stops with it.</summary>
internal sealed class GatewayConfigException(string message) : Exception(message);
