namespace Responses.Storage.Tests;

public sealed class InMemoryResponseStoreTests : ConversationPipelineTests
{
    private InMemoryResponseStore? _store;

    protected override IResponseStore CreateStore(int? maxResponses = null) =>
        _store ??= new InMemoryResponseStore(new ResponseStoreOptions { MaxResponses = maxResponses }, Time);
}
