namespace Responses.Providers.Middleware.Cost;

/// <summary>The terminal stream events (<c>response.completed</c>, <c>.incomplete</c>, <c>.failed</c>) and the response they carry.</summary>
internal static class TerminalEvent
{
    public static bool IsTerminal(ResponseStreamEvent e) =>
        e is ResponseCompletedEvent or ResponseIncompleteEvent or ResponseFailedEvent;

    /// <summary>The final response of a terminal event.</summary>
    public static Response? ResponseOf(ResponseStreamEvent e) => e switch
    {
        ResponseCompletedEvent c => c.Response,
        ResponseIncompleteEvent i => i.Response,
        ResponseFailedEvent f => f.Response,
        _ => null,
    };

    /// <summary>A copy of a terminal event carrying another response (the event from upstream is never changed).</summary>
    public static ResponseStreamEvent WithResponse(ResponseStreamEvent e, Response response)
    {
        var copy = (ResponseStreamEvent)e.ShallowClone();
        switch (copy)
        {
            case ResponseCompletedEvent c:
                c.Response = response;
                break;
            case ResponseIncompleteEvent i:
                i.Response = response;
                break;
            case ResponseFailedEvent f:
                f.Response = response;
                break;
        }

        return copy;
    }
}
