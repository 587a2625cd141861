using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Responses.Gateway.ChatCompletions;
using Responses.Gateway.Http;
using Responses.Providers.ChatCompletions.Wire;

namespace Responses.Gateway;

/// <summary>
/// <c>POST /v1/chat/completions</c>: a Chat Completions body is mapped to a Responses request, run through the same
/// deployment pipeline as <c>/v1/responses</c>, and the answer mapped back to a <c>chat.completion</c> or a stream of
/// <c>chat.completion.chunk</c>s.
/// </summary>
internal static class ChatCompletionsEndpoints
{
    /// <summary>Maps <c>POST {prefix}/chat/completions</c>.</summary>
    public static IEndpointRouteBuilder MapChatCompletions(this IEndpointRouteBuilder app, string prefix)
    {
        app.MapPost(prefix + "/chat/completions", CreateAsync);
        return app;
    }

    private static async Task CreateAsync(HttpContext context, GatewayPipelines pipelines)
    {
        CancellationToken ct = context.RequestAborted;
        if (await GatewayRequest.ReadJsonAsync(context, ChatCompletionsJson.Request, ParamOf) is not { } chat
            || await GatewayRequest.FindModelAsync(context, pipelines, chat.Model) is null)
        {
            return;
        }

        GatewayMetrics.SetModel(context, chat.Model);
        CreateResponseRequest request;
        bool legacyFunctions;
        try
        {
            (request, legacyFunctions) = ChatCompletionRequestMapper.Map(chat);
        }
        catch (ResponsesException e)
        {
            await WriteErrorAsync(context, e);
            return;
        }
        catch (InvalidOperationException e) when (e.InnerException is System.Text.DecoderFallbackException)
        {
            // Raw JSON fields (function_call, tool_choice…) are UTF-8 checked only when read; invalid bytes were a 500.
            await Gateway.WriteErrorAsync(context, 400, "The request body is not valid UTF-8.", ResponsesErrorTypes.InvalidRequest, null, null);
            return;
        }

        if (!await GatewayLimits.EnsureAsync(context, request, "messages"))
        {
            return;
        }

        // The model_name stays in the request: it picks the model's pipeline, each deployment puts its provider model in.
        request.Model = chat.Model;
        request.User ??= GatewayCaller.Of(context).Key?.UserId;
        using var servedBy = ResponsesServedBy.Track();
        if (chat.Stream == true)
        {
            await StreamAsync(context, pipelines.Default.CreateResponseStreamingAsync(request, ct),
                new ChatCompletionChunkWriter(context.Response.Body, chat.Model, ChatCompletionRequestMapper.IncludeUsage(chat), legacyFunctions),
                () => GatewayHeaders.AddServedBy(context, servedBy, pipelines), ct);
            return;
        }

        try
        {
            Response response;
            try
            {
                response = await pipelines.Default.CreateResponseAsync(request, ct);
            }
            finally
            {
                GatewayHeaders.AddServedBy(context, servedBy, pipelines);
            }

            if (response.Status == ResponseStatus.Failed)
            {
                await Gateway.WriteErrorAsync(context, 500, response.Error?.Message ?? "The response failed.", ResponsesErrorTypes.Server, null, response.Error?.Code);
                return;
            }

            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(ChatCompletionResponseMapper.Map(response, chat.Model, legacyFunctions), ChatCompletionsJson.Completion), ct);
        }
        catch (ResponsesException e) when (!context.Response.HasStarted)
        {
            await WriteErrorAsync(context, e);
        }
    }

    // An error before the first event is a JSON error with its status; after it, an error line and [DONE] in the stream.
    private static async Task StreamAsync(HttpContext context, IAsyncEnumerable<ResponseStreamEvent> events, ChatCompletionChunkWriter writer, Action beforeStart, CancellationToken ct)
    {
        IAsyncEnumerator<ResponseStreamEvent> enumerator = events.GetAsyncEnumerator(ct);
        try
        {
            bool any;
            try
            {
                any = await enumerator.MoveNextAsync();
            }
            catch (ResponsesException e)
            {
                beforeStart();
                await WriteErrorAsync(context, e);
                return;
            }

            beforeStart();

            context.Response.StatusCode = 200;
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache";
            context.Response.Headers["X-Accel-Buffering"] = "no";
            context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            try
            {
                while (any)
                {
                    await writer.WriteAsync(enumerator.Current, ct);
                    any = await enumerator.MoveNextAsync();
                }

                if (!writer.IsFinished)
                {
                    await writer.WriteErrorAsync(new ApiError { Message = "The stream ended before the response was complete.", Type = ResponsesErrorTypes.Server }, ct);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                ApiError error = e is ResponsesException re ? re.Error : new ApiError { Message = "The stream failed.", Type = ResponsesErrorTypes.Server };
                await writer.WriteErrorAsync(error, CancellationToken.None);
            }

            if (!ct.IsCancellationRequested)
            {
                await writer.WriteDoneAsync(CancellationToken.None);
            }
        }
        finally
        {
            await enumerator.DisposeAsync();
        }
    }

    private static Task WriteErrorAsync(HttpContext context, ResponsesException e)
    {
        GatewayHeaders.AddRetryAfter(context, e);
        return Gateway.WriteErrorAsync(context, e.StatusCode, e.Error.Message ?? e.Message, e.Error.Type ?? ResponsesErrorTypes.ForStatus(e.StatusCode), e.Error.Param, e.Error.Code);
    }

    /// <summary>The JSON path of a parse error without its root (<c>$.messages[0].content</c> → <c>messages[0].content</c>), or null.</summary>
    internal static string? ParamOf(string? path) =>
        path is { Length: > 2 } && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
}
