using System.Text.Json;
using Responses.Gateway.Http;

namespace Responses.Gateway.Endpoints;

/// <summary>
/// <c>POST /v1/responses/input_tokens</c>: exact where the model's (first) deployment offers an
/// <see cref="IInputTokenCounter"/> (Anthropic <c>count_tokens</c>, OpenAI <c>/responses/input_tokens</c>…), otherwise the
/// <see cref="InputTokenEstimator"/> estimate, labelled as such by <c>"estimated": true</c>. The
/// <c>x-input-tokens-method</c> header says which (<c>provider</c> or <c>estimate:o200k_base</c>); an estimate never
/// claims to be exact. <c>previous_response_id</c> and <c>conversation</c> are refused (400): their items are in the
/// gateway's store, which neither count would see.
/// </summary>
internal static class InputTokensEndpoint
{
    public const string MethodHeader = "x-input-tokens-method";
    /// <summary>The header value of an exact count by the provider.</summary>
    public const string ProviderMethod = "provider";

    public static async Task CountAsync(HttpContext context, GatewayPipelines pipelines)
    {
        CancellationToken ct = context.RequestAborted;
        if (await GatewayRequest.ReadJsonAsync<InputTokenCountRequest>(context) is not { } request
            || await GatewayRequest.FindModelAsync(context, pipelines, request.Model) is not { } group)
        {
            return;
        }

        // Prior items live in the gateway's store, which neither a provider's counter nor the estimate sees: counting
        // only the new input would be a wrong number presented as an answer, so this is refused until the state
        // middleware expands them here too.
        if (request.PreviousResponseId is not null || request.Conversation is not null)
        {
            string field = request.PreviousResponseId is not null ? "previous_response_id" : "conversation";
            await GatewayErrors.WriteAsync(context, 400,
                $"'{field}' is not supported by input_tokens on this gateway yet: send the full input to count.", "invalid_request_error", field, "unsupported_parameter");
            return;
        }

        InputTokenCountResult result;
        if (group.Core.GetService(typeof(IInputTokenCounter)) is IInputTokenCounter counter)
        {
            try
            {
                result = await counter.CountInputTokensAsync(ToCreateRequest(request), ct);
            }
            catch (ResponsesException e)
            {
                await GatewayErrors.WriteAsync(context, e);
                return;
            }

            context.Response.Headers[MethodHeader] = ProviderMethod;
        }
        else
        {
            result = new InputTokenCountResult { InputTokens = InputTokenEstimator.Estimate(request) };
            using (JsonDocument estimated = JsonDocument.Parse("true"))
            {
                result.SetAdditionalProperty("estimated", estimated.RootElement.Clone());
            }

            context.Response.Headers[MethodHeader] = InputTokenEstimator.Method;
        }

        await GatewayJson.WriteAsync(context, 200, result, ct);
    }

    private static CreateResponseRequest ToCreateRequest(InputTokenCountRequest request) => new()
    {
        Model = request.Model,
        Input = request.Input,
        Instructions = request.Instructions,
        Tools = request.Tools,
        ToolChoice = request.ToolChoice,
        ParallelToolCalls = request.ParallelToolCalls,
        Text = request.Text,
        Reasoning = request.Reasoning,
        Truncation = request.Truncation,
        PreviousResponseId = request.PreviousResponseId,
        Conversation = request.Conversation,
    };
}
