namespace Responses.Storage.Tests;

public sealed class InMemoryResponseStoreTests : StatefulPipelineTests
{
    private InMemoryResponseStore? _store;

    protected override IResponseStore CreateStore(int? maxResponses = null) =>
        _store ??= new InMemoryResponseStore(new ResponseStoreOptions { MaxResponses = maxResponses }, Time);
}
