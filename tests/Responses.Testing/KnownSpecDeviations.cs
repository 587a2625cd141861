namespace Responses.Testing;

/// <summary>
/// The OpenAI spec deviations found in the recorded traffic under <c>tests/fixtures/wire</c> (real servers, not
/// hand-written or abbreviated fixtures). Each entry names the schema, the JSON path and why it is tolerated.
/// Keep this list small: add an entry only when a real recording shows the server sends it.
/// </summary>
public static class KnownSpecDeviations
{
    private const string Required = "PropertyRequired";

    /// <summary>The schemas holding a whole response: the body itself and the lifecycle events (under <c>$.response</c>).</summary>
    private static readonly (string Schema, string Prefix)[] ResponseHolders =
    [
        ("Response", "$"),
        ("ResponseCreatedEvent", "$.response"),
        ("ResponseQueuedEvent", "$.response"),
        ("ResponseInProgressEvent", "$.response"),
        ("ResponseCompletedEvent", "$.response"),
        ("ResponseFailedEvent", "$.response"),
        ("ResponseIncompleteEvent", "$.response"),
    ];

    /// <summary>Every documented deviation.</summary>
    public static IReadOnlyList<KnownSpecDeviation> All { get; } =
    [
        .. OnResponse(".usage", "ObjectExpected",
            "OpenAI sends \"usage\": null while the response is not finished (response.created/in_progress/failed); the spec's Response.usage is a non-nullable ResponseUsage. Every recorded stream."),
        .. OnResponse(".user", "StringExpected",
            "OpenAI sends \"user\": null when no user was given; the spec types the deprecated Response.user as a plain string. Every recorded stream and body."),
        .. OnResponse(".usage.input_tokens_details.cache_write_tokens", Required,
            "Spec 2.3.0 requires input_tokens_details.cache_write_tokens; every recording (2025-2026) omits it."),
        .. OnResponse(".error.code", "NotInEnumeration",
            "openai-error.1: response.failed carries error.code \"insufficient_quota\", which is missing from the ResponseErrorCode enum."),
        .. OnOutputItem(".environment", Required,
            "openai-shell-tool.1: shell_call items recorded before the spec made shell_call.environment required."),
        new(ApiSpec.OpenAI, "ResponseOutputItemAddedEvent", "$.item.action", Required,
            "openai-web-search-tool.1: web_search_call is announced (output_item.added) without \"action\"; the action arrives with output_item.done."),
        new(ApiSpec.OpenAI, "ResponseOutputItemAddedEvent", "$.item.result", Required,
            "openai-image-generation-tool.1: image_generation_call is announced (output_item.added) without \"result\"; the image arrives with output_item.done."),
        new(ApiSpec.OpenAI, "ResponseErrorEvent", "$.code", Required,
            "openai-error.1: the \"error\" event nests code/message/param/type under an \"error\" object; the spec puts them at the top level."),
        new(ApiSpec.OpenAI, "ResponseErrorEvent", "$.message", Required,
            "openai-error.1: the \"error\" event nests code/message/param/type under an \"error\" object; the spec puts them at the top level."),
        new(ApiSpec.OpenAI, "ResponseErrorEvent", "$.param", Required,
            "openai-error.1: the \"error\" event nests code/message/param/type under an \"error\" object; the spec puts them at the top level."),
        new(ApiSpec.OpenAI, "ResponseFunctionCallArgumentsDoneEvent", "$.name", Required,
            "openai-tool-search.1, openai-client-tool-search.2, programmatic-tool-calling.1/2: function_call_arguments.done without \"name\" (recorded before the spec required it)."),
        new(ApiSpec.OpenAI, SchemaValidator.StreamEventUnion, "$.type", SchemaValidator.UnknownEventTypeKind,
            "openai-apply-patch-tool.1: response.apply_patch_call_operation_diff.delta/.done stream the apply_patch diff; the spec defines no such events.")
        {
            MessageContains = "'response.apply_patch_call_operation_diff.",
        },
    ];

    private static IEnumerable<KnownSpecDeviation> OnResponse(string suffix, string kind, string reason) =>
        ResponseHolders.Select(h => new KnownSpecDeviation(ApiSpec.OpenAI, h.Schema, h.Prefix + suffix, kind, reason));

    private static IEnumerable<KnownSpecDeviation> OnOutputItem(string suffix, string kind, string reason) =>
        ResponseHolders.Select(h => new KnownSpecDeviation(ApiSpec.OpenAI, h.Schema, h.Prefix + ".output[*]" + suffix, kind, reason))
            .Append(new KnownSpecDeviation(ApiSpec.OpenAI, "ResponseOutputItemAddedEvent", "$.item" + suffix, kind, reason))
            .Append(new KnownSpecDeviation(ApiSpec.OpenAI, "ResponseOutputItemDoneEvent", "$.item" + suffix, kind, reason));
}
