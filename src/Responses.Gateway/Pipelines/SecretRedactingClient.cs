using System.Runtime.CompilerServices;

namespace Responses.Gateway.Pipelines;

/// <summary>
/// Wraps each provider, innermost: an upstream error that quotes a secret (OpenAI's "Incorrect API key provided: sk-…",
/// Anthropic's "invalid x-api-key …") has it replaced before the error reaches the logs, the store or the client.
/// Nothing changes when no secret is quoted.
/// </summary>
internal sealed class SecretRedactingClient(IResponsesClient inner, IReadOnlyList<string> secrets) : DelegatingResponsesClient(inner)
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Mask = "[redacted]";

    /// <summary>Secrets shorter than this are not redacted (they would mask ordinary words); config keys are longer.</summary>
    public const int MinimumLength = 8;

    /// <summary>The secrets of a gateway config: the master key and each deployment's API key, headers and key-like parameters.</summary>
    public static IReadOnlyList<string> SecretsOf(GatewayConfig config)
    {
        IEnumerable<string?> all = config.Deployments.SelectMany(d => new[] { d.Settings.ApiKey }
            .Concat(d.Settings.Headers.Values)
            .Concat(d.Settings.Parameters.Where(p => p.Key.Contains("key", StringComparison.OrdinalIgnoreCase)
                || p.Key.Contains("secret", StringComparison.OrdinalIgnoreCase) || p.Key.Contains("token", StringComparison.OrdinalIgnoreCase)
                || p.Key.Contains("credential", StringComparison.OrdinalIgnoreCase)).Select(p => p.Value)))
            .Append(config.MasterKey);
        return all.Where(s => s is { Length: >= MinimumLength }).Select(s => s!).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length).ToList();
    }

    /// <inheritdoc />
    public override async Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            return Redact(await base.CreateResponseAsync(request, cancellationToken));
        }
        catch (ResponsesException e) when (Redacted(e) is { } redacted)
        {
            throw redacted;
        }
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using IAsyncEnumerator<ResponseStreamEvent> events = base.CreateResponseStreamingAsync(request, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await events.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (ResponsesException e) when (Redacted(e) is { } redacted)
            {
                throw redacted;
            }

            yield return events.Current switch
            {
                ResponseErrorEvent error => Redact(error),
                ResponseFailedEvent failed => Redact(failed),
                var other => other,
            };
        }
    }

    /// <summary>The text with every secret masked (the same instance when none is in it).</summary>
    public string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (string secret in secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }

    private ResponsesException? Redacted(ResponsesException e)
    {
        string? message = Redact(e.Message);
        string? errorMessage = Redact(e.Error.Message);
        if (message == e.Message && errorMessage == e.Error.Message)
        {
            return null;
        }

        var error = new ApiError { Message = errorMessage, Type = e.Error.Type, Param = e.Error.Param, Code = e.Error.Code };
        return new ResponsesException(message ?? string.Empty, e.StatusCode, error, e.InnerException)
        {
            ProviderName = e.ProviderName,
            RequestId = e.RequestId,
            RetryAfter = e.RetryAfter,
            IsRetriable = e.IsRetriable,
        };
    }

    private Response Redact(Response response)
    {
        if (response.Error is { } error)
        {
            error.Message = Redact(error.Message);
        }

        return response;
    }

    private ResponseErrorEvent Redact(ResponseErrorEvent e)
    {
        e.Message = Redact(e.Message);
        if (e.Error is { } details)
        {
            details.Message = Redact(details.Message);
        }

        return e;
    }

    private ResponseFailedEvent Redact(ResponseFailedEvent e)
    {
        if (e.Response is { } response)
        {
            Redact(response);
        }

        return e;
    }
}
