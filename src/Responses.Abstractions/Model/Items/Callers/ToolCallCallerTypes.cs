namespace Responses;

/// <summary>The <c>"type"</c> values of <see cref="ToolCallCaller"/>.</summary>
public static class ToolCallCallerTypes
{
    /// <summary><c>direct</c>.</summary>
    public const string Direct = "direct";

    /// <summary><c>program</c>.</summary>
    public const string Program = "program";
}
