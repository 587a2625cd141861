namespace Responses.Abstractions.Tests.Client;

/// <summary>Middleware that appends its tag to the model name, to observe layer order.</summary>
internal sealed class TaggingClient(IResponsesClient inner, string tag) : DelegatingResponsesClient(inner)
{
    public string Tag { get; } = tag;

    public override Task<Response> CreateResponseAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        CreateResponseRequest copy = request.Clone();
        copy.Model = $"{request.Model}>{Tag}";
        return base.CreateResponseAsync(copy, cancellationToken);
    }
}
