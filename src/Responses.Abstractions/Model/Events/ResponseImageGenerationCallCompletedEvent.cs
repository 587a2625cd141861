namespace Responses;

/// <summary><c>response.image_generation_call.completed</c>: Emitted when an image generation tool call has completed and the final image is available.</summary>
public sealed class ResponseImageGenerationCallCompletedEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseImageGenerationCallCompletedEvent()
        : base(ResponseStreamEventTypes.ImageGenerationCallCompleted)
    {
    }

    /// <summary>The index of the output item in the response's output array.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The unique identifier of the image generation item being processed.</summary>
    [WireRequired]
    public string? ItemId { get; set; }
}
