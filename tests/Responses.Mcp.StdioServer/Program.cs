using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

var options = new McpServerOptions
{
    ServerInfo = new Implementation { Name = "stdio-test", Version = "1.0" },
    ToolCollection = [McpServerTool.Create((string text) => $"stdio echo: {text} (pid {Environment.ProcessId})", new McpServerToolCreateOptions { Name = "echo", Description = "Echoes over stdio." })],
};
await using var transport = new StdioServerTransport("stdio-test");
await using McpServer server = McpServer.Create(transport, options);
await server.RunAsync();
