namespace Responses.Gateway.Pipelines;

/// <summary>
/// The innermost client of the gateway's shared pipeline: sends each create call to the pipeline of the
/// <c>model_name</c> it names. Budgets, the store and telemetry sit above it once for the whole gateway (so a key's
/// RPM is counted across every model, and a response is stored once). Reads by id never reach it: the store answers them.
/// </summary>
internal sealed class ModelRouterClient(Func<string?, ModelGroup?> find, IResponsesClient fallbackReads) : DelegatingResponsesClient(fallbackReads)
{
    /// <inheritdoc />
    public override Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default) =>
        GroupOf(request).Pipeline.CreateResponseAsync(request, cancellationToken);

    /// <inheritdoc />
    public override IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(CreateResponseRequest request, CancellationToken cancellationToken = default) =>
        GroupOf(request).Pipeline.CreateResponseStreamingAsync(request, cancellationToken);

    private ModelGroup GroupOf(CreateResponseRequest request) =>
        find(request.Model) ?? throw new ResponsesException($"The model '{request.Model}' does not exist on this gateway.", 404, new ApiError
        {
            Message = $"The model '{request.Model}' does not exist on this gateway.",
            Type = ResponsesErrorTypes.InvalidRequest,
            Param = "model",
            Code = "model_not_found",
        });
}
