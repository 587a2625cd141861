namespace Responses;

/// <summary>The <c>"type"</c> values of <see cref="ResponseTool"/>.</summary>
public static class ResponseToolTypes
{
}
