namespace Responses;

/// <summary>Options shared by the response stores.</summary>
public class ResponseStoreOptions
{
    /// <summary>
    /// The most responses kept; <see cref="IResponseStore.PurgeAsync"/> deletes the oldest beyond it.
    /// <see langword="null"/> (the default) for no limit.
    /// </summary>
    public int? MaxResponses { get; set; }
}
