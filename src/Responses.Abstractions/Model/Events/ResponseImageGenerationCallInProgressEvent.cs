namespace Responses;

/// <summary><c>response.image_generation_call.in_progress</c>: Emitted when an image generation tool call is in progress.</summary>
public sealed class ResponseImageGenerationCallInProgressEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseImageGenerationCallInProgressEvent()
        : base(ResponseStreamEventTypes.ImageGenerationCallInProgress)
    {
    }

    /// <summary>The index of the output item in the response's output array.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The unique identifier of the image generation item being processed.</summary>
    [WireRequired]
    public string? ItemId { get; set; }
}
