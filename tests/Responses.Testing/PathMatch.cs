namespace Responses.Testing;

/// <summary>How a <see cref="FakeRoute"/> path is matched against the request path.</summary>
public enum PathMatch
{
    /// <summary>The whole path matches; <c>{name}</c> segments match any text without <c>/</c> (e.g. <c>/v1beta/models/{model}:streamGenerateContent</c>).</summary>
    Exact,

    /// <summary>The request path starts with the route path.</summary>
    Prefix,
}
