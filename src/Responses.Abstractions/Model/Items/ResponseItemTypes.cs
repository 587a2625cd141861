namespace Responses;

/// <summary>The <c>"type"</c> values of response items.</summary>
public static class ResponseItemTypes
{
    /// <summary><c>message</c>.</summary>
    public const string Message = "message";

    /// <summary><c>function_call</c>.</summary>
    public const string FunctionCall = "function_call";
}
