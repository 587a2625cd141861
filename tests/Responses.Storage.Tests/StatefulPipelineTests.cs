using System.Text.Json;
using Responses.Providers.Tests.State;

namespace Responses.Storage.Tests;

/// <summary>The state middleware over each durable store: read-your-writes, and two pipelines (two processes) sharing one store.</summary>
public abstract class StatefulPipelineTests : ResponseStoreTests
{
    private IResponsesClient Pipeline(ScriptedProvider provider, IResponseStore store) =>
        provider.AsBuilder().UseResponseStore(store, o =>
        {
            o.PollInterval = TimeSpan.FromMilliseconds(20);
            o.CancelCheckInterval = TimeSpan.FromMilliseconds(50);
        }).Build();

    [SkippableFact]
    public async Task Follow_ups_with_zero_delay_find_their_predecessor()
    {
        var provider = new ScriptedProvider();
        IResponsesClient client = Pipeline(provider, NewStore());
        string? previous = null;
        for (int i = 0; i < 6; i++)
        {
            if (i % 2 == 0)
            {
                previous = (await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = $"t{i}", PreviousResponseId = previous })).Id;
                continue;
            }

            await foreach (ResponseStreamEvent e in client.CreateResponseStreamingAsync(new CreateResponseRequest { Model = "m", Input = $"t{i}", PreviousResponseId = previous }))
            {
                if (e is ResponseCompletedEvent completed)
                {
                    previous = completed.Response!.Id;
                }
            }
        }

        await client.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "end", PreviousResponseId = previous });
        JsonDocument.Parse(provider.RequestJson(7)).RootElement.GetProperty("input").GetArrayLength().Should().Be(6 * 3 + 1);
    }

    [SkippableFact]
    public async Task A_background_response_running_in_one_process_is_followed_from_another()
    {
        IResponseStore shared = NewStore();
        var providerA = new ScriptedProvider { Hold = true };
        IResponsesClient processA = Pipeline(providerA, shared);
        IResponsesClient processB = Pipeline(new ScriptedProvider(), NewStore());

        Response queued = await processA.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "Hi", Background = true });
        await providerA.Holding.Task.WaitAsync(TimeSpan.FromSeconds(10));
        (await processB.GetResponseAsync(queued.Id!)).Status.Should().Be(ResponseStatus.InProgress);

        Task<List<ResponseStreamEvent>> followed = processB.GetResponseStreamingAsync(queued.Id!, new GetResponseOptions { StartingAfter = 1 }).ToListAsync().AsTask();
        await Task.Delay(100);
        followed.IsCompleted.Should().BeFalse("the response is still running in process A");
        providerA.Release();

        List<ResponseStreamEvent> events = await followed.WaitAsync(TimeSpan.FromSeconds(10));
        events[0].SequenceNumber.Should().Be(2);
        events.Select(e => e.SequenceNumber).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        events[^1].Should().BeOfType<ResponseCompletedEvent>().Which.Response!.Id.Should().Be(queued.Id);
        (await processB.GetResponseAsync(queued.Id!)).OutputText.Should().Be("answer 1");
    }

    [SkippableFact]
    public async Task A_cancel_from_another_process_stops_the_running_upstream_request()
    {
        IResponseStore shared = NewStore();
        var providerA = new ScriptedProvider { Hold = true };
        IResponsesClient processA = Pipeline(providerA, shared);
        IResponsesClient processB = Pipeline(new ScriptedProvider(), NewStore());
        Response queued = await processA.CreateResponseAsync(new CreateResponseRequest { Model = "m", Input = "Hi", Background = true });
        await providerA.Holding.Task.WaitAsync(TimeSpan.FromSeconds(10));

        (await processB.CancelResponseAsync(queued.Id!)).Status.Should().Be(ResponseStatus.Cancelled);

        await providerA.UpstreamCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        // Following the run from A ends once the run has stopped and recorded its cancellation.
        await processA.GetResponseStreamingAsync(queued.Id!).ToListAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        (await processA.GetResponseAsync(queued.Id!)).Status.Should().Be(ResponseStatus.Cancelled);
    }
}
