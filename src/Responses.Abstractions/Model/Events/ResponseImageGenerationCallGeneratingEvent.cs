namespace Responses;

/// <summary><c>response.image_generation_call.generating</c>: Emitted when an image generation tool call is actively generating an image (intermediate state).</summary>
public sealed class ResponseImageGenerationCallGeneratingEvent : ResponseStreamEvent
{
    /// <summary>Initializes an empty event.</summary>
    public ResponseImageGenerationCallGeneratingEvent()
        : base(ResponseStreamEventTypes.ImageGenerationCallGenerating)
    {
    }

    /// <summary>The index of the output item in the response's output array.</summary>
    public int OutputIndex { get; set; }

    /// <summary>The unique identifier of the image generation item being processed.</summary>
    [WireRequired]
    public string? ItemId { get; set; }
}
