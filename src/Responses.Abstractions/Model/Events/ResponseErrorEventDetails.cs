namespace Responses;

/// <summary>The nested <c>error</c> object of an Open Responses <c>error</c> stream event.</summary>
public sealed class ResponseErrorEventDetails : WireObject
{
    /// <summary>The error type, for example <c>server_error</c>.</summary>
    public string? Type { get; set; }

    /// <summary>The error code.</summary>
    public string? Code { get; set; }

    /// <summary>The error message.</summary>
    public string? Message { get; set; }

    /// <summary>The request parameter the error relates to.</summary>
    public string? Param { get; set; }
}
