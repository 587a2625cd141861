using System.Text.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Responses.Testing;

/// <summary>
/// Validates JSON against the <c>components/schemas</c> of the OpenAI spec and the Open Responses spec (NJsonSchema).
/// Both specs are loaded once per process (lazily, thread-safe). Violations listed in <see cref="ToleratedDeviations"/> are dropped.
/// </summary>
public sealed class SchemaValidator
{
    private static readonly Lazy<SpecSchemaSet> OpenAISet = new(() => SpecSchemaSet.Load(ApiSpec.OpenAI, Fixtures.OpenAISpecPath), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<SpecSchemaSet> OpenResponsesSet = new(() => SpecSchemaSet.Load(ApiSpec.OpenResponses, Fixtures.OpenResponsesSpecPath), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly DiscriminatingSchemaValidator Engine = new();

    /// <summary>The violation kind reported for a stream event whose <c>type</c> the OpenAI spec does not define.</summary>
    public const string UnknownEventTypeKind = "UnknownEventType";

    /// <summary>The OpenAI union of all stream events.</summary>
    public const string StreamEventUnion = "ResponseStreamEvent";

    /// <summary>Creates a validator that tolerates the given deviations (none when empty).</summary>
    public SchemaValidator(IEnumerable<KnownSpecDeviation> toleratedDeviations)
    {
        ArgumentNullException.ThrowIfNull(toleratedDeviations);
        ToleratedDeviations = toleratedDeviations.ToList();
    }

    /// <summary>The validator that tolerates <see cref="KnownSpecDeviations.All"/>.</summary>
    public static SchemaValidator Default { get; } = new(KnownSpecDeviations.All);

    /// <summary>The validator that tolerates nothing.</summary>
    public static SchemaValidator Strict { get; } = new([]);

    /// <summary>The deviations this validator drops.</summary>
    public IReadOnlyList<KnownSpecDeviation> ToleratedDeviations { get; }

    /// <summary>Whether the spec has a <c>components/schemas</c> entry with this name.</summary>
    public static bool HasSchema(ApiSpec spec, string schemaName) => Set(spec).Has(schemaName);

    /// <summary>The schema name of a stream event type in a spec, or <c>null</c> when the spec does not define that event.</summary>
    public static string? EventSchemaName(ApiSpec spec, string eventType) =>
        Set(spec).EventSchemaByType.TryGetValue(eventType, out var name) ? name : null;

    /// <summary>Loads both specs now (otherwise the first validation does).</summary>
    public static void Preload()
    {
        _ = OpenAISet.Value;
        _ = OpenResponsesSet.Value;
    }

    /// <summary>Validates a value against one named schema of one spec.</summary>
    public IReadOnlyList<SchemaViolation> Validate(ApiSpec spec, string schemaName, JsonElement json) => Validate(spec, schemaName, ToToken(json));

    private List<SchemaViolation> Validate(ApiSpec spec, string schemaName, JToken token)
    {
        var schema = Set(spec).Get(schemaName);
        var violations = new List<SchemaViolation>();
        foreach (var error in Engine.Validate(token, schema))
        {
            Flatten(error, spec, schemaName, violations);
        }

        return violations.Where(v => !ToleratedDeviations.Any(d => d.Matches(v))).Distinct().ToList();
    }

    /// <summary>Validates a response body: OpenAI <c>Response</c> and/or Open Responses <c>ResponseResource</c>.</summary>
    public IReadOnlyList<SchemaViolation> ValidateResponse(JsonElement json, ApiSpec specs = ApiSpec.All)
    {
        var token = ToToken(json);
        var result = new List<SchemaViolation>();
        foreach (var spec in Each(specs))
        {
            if (Set(spec).ResponseSchema is { } name)
            {
                result.AddRange(Validate(spec, name, token));
            }
        }

        return result;
    }

    /// <summary>Validates a create request body: OpenAI <c>CreateResponse</c> and/or Open Responses <c>CreateResponseBody</c>.</summary>
    public IReadOnlyList<SchemaViolation> ValidateRequest(JsonElement json, ApiSpec specs = ApiSpec.All)
    {
        var token = ToToken(json);
        var result = new List<SchemaViolation>();
        foreach (var spec in Each(specs))
        {
            if (Set(spec).RequestSchema is { } name)
            {
                result.AddRange(Validate(spec, name, token));
            }
        }

        return result;
    }

    /// <summary>
    /// Validates a stream event: against the OpenAI event schema of its <c>type</c> (the whole <c>ResponseStreamEvent</c>
    /// union when the type is unknown), and against the Open Responses event schema of that type when that spec defines it.
    /// </summary>
    public IReadOnlyList<SchemaViolation> ValidateStreamEvent(JsonElement json, ApiSpec specs = ApiSpec.All)
    {
        var type = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var token = ToToken(json);
        var result = new List<SchemaViolation>();
        if (specs.HasFlag(ApiSpec.OpenAI))
        {
            if (type is null)
            {
                result.AddRange(Validate(ApiSpec.OpenAI, StreamEventUnion, token));
            }
            else if (OpenAISet.Value.EventSchemaByType.TryGetValue(type, out var name))
            {
                result.AddRange(Validate(ApiSpec.OpenAI, name, token));
            }
            else
            {
                var unknown = new SchemaViolation(ApiSpec.OpenAI, StreamEventUnion, "$.type", UnknownEventTypeKind, $"event type '{type}' is not defined by the spec");
                if (!ToleratedDeviations.Any(d => d.Matches(unknown)))
                {
                    result.Add(unknown);
                }
            }
        }

        if (specs.HasFlag(ApiSpec.OpenResponses) && type is not null && OpenResponsesSet.Value.EventSchemaByType.TryGetValue(type, out var orName))
        {
            result.AddRange(Validate(ApiSpec.OpenResponses, orName, token));
        }

        return result;
    }

    /// <summary>Throws <see cref="SchemaValidationException"/> listing every violation.</summary>
    public void AssertValid(ApiSpec spec, string schemaName, JsonElement json) => Throw(Validate(spec, schemaName, json), $"{spec}:{schemaName}");

    /// <summary>Throws when <see cref="ValidateResponse"/> finds violations.</summary>
    public void AssertValidResponse(JsonElement json, ApiSpec specs = ApiSpec.All) => Throw(ValidateResponse(json, specs), "response");

    /// <summary>Throws when <see cref="ValidateRequest"/> finds violations.</summary>
    public void AssertValidRequest(JsonElement json, ApiSpec specs = ApiSpec.All) => Throw(ValidateRequest(json, specs), "request");

    /// <summary>Throws when <see cref="ValidateStreamEvent"/> finds violations.</summary>
    public void AssertValidStreamEvent(JsonElement json, ApiSpec specs = ApiSpec.All) => Throw(ValidateStreamEvent(json, specs), "stream event");

    /// <summary>Throws <see cref="SchemaValidationException"/> when the list is not empty.</summary>
    public static void Throw(IReadOnlyList<SchemaViolation> violations, string? context = null)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (violations.Count > 0)
        {
            throw new SchemaValidationException(violations, context);
        }
    }

    private static IEnumerable<ApiSpec> Each(ApiSpec specs)
    {
        if (specs.HasFlag(ApiSpec.OpenAI))
        {
            yield return ApiSpec.OpenAI;
        }

        if (specs.HasFlag(ApiSpec.OpenResponses))
        {
            yield return ApiSpec.OpenResponses;
        }
    }

    private static SpecSchemaSet Set(ApiSpec spec) => spec switch
    {
        ApiSpec.OpenAI => OpenAISet.Value,
        ApiSpec.OpenResponses => OpenResponsesSet.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec, "Pick exactly one spec."),
    };

    private static JToken ToToken(JsonElement json)
    {
        using var reader = new JsonTextReader(new StringReader(json.GetRawText())) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }

    /// <summary>
    /// Turns NJsonSchema's error tree into leaf violations. For anyOf/oneOf, the branch that best fits is reported
    /// (its <c>type</c> discriminator matches and it has the fewest errors); when no branch accepts the discriminator,
    /// the union itself is reported.
    /// </summary>
    private static void Flatten(ValidationError error, ApiSpec spec, string schemaName, List<SchemaViolation> output)
    {
        switch (error)
        {
            case ChildSchemaValidationError child when error.Kind is ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf:
                {
                    var branches = child.Errors.Values.Select(errs =>
                    {
                        var leaves = new List<SchemaViolation>();
                        foreach (var e in errs)
                        {
                            Flatten(e, spec, schemaName, leaves);
                        }

                        return leaves;
                    }).ToList();
                    var path = ToPath(error.Path);
                    var best = branches
                        .Where(b => b.Count > 0 && !RejectsAtRoot(b, path))
                        .OrderBy(b => b.Count)
                        .FirstOrDefault();
                    if (best is not null)
                    {
                        output.AddRange(best);
                    }
                    else
                    {
                        output.Add(new SchemaViolation(spec, schemaName, path, error.Kind.ToString(), $"matches none of the {branches.Count} allowed schemas: {Describe(error.Token)}"));
                    }

                    break;
                }

            case ChildSchemaValidationError child:
                foreach (var errs in child.Errors.Values)
                {
                    foreach (var e in errs)
                    {
                        Flatten(e, spec, schemaName, output);
                    }
                }

                break;

            case MultiTypeValidationError multi:
                output.Add(new SchemaViolation(spec, schemaName, ToPath(error.Path), error.Kind.ToString(), $"expected one of [{string.Join(", ", multi.Errors.Keys)}], got {Describe(error.Token)}"));
                break;

            case { Kind: ValidationErrorKind.PropertyRequired, Token: not JObject }:
                // NJsonSchema also checks "required" on non-objects (e.g. null); the type error already covers it.
                break;

            default:
                output.Add(new SchemaViolation(spec, schemaName, ToPath(error.Path), error.Kind.ToString(), Message(error)));
                break;
        }
    }

    /// <summary>A branch rejects the value "at the root" when it fails on the value's own type or on its <c>type</c> discriminator.</summary>
    private static bool RejectsAtRoot(List<SchemaViolation> branch, string path) =>
        branch.Any(v => (v.Path == path && v.Kind is nameof(ValidationErrorKind.ObjectExpected) or nameof(ValidationErrorKind.StringExpected)
                or nameof(ValidationErrorKind.ArrayExpected) or nameof(ValidationErrorKind.NumberExpected) or nameof(ValidationErrorKind.IntegerExpected)
                or nameof(ValidationErrorKind.BooleanExpected) or nameof(ValidationErrorKind.NullExpected) or nameof(ValidationErrorKind.NoTypeValidates)
                or nameof(ValidationErrorKind.NotInEnumeration) or nameof(ValidationErrorKind.NotAnyOf))
            || (v.Path == path + ".type" && v.Kind is nameof(ValidationErrorKind.NotInEnumeration) or nameof(ValidationErrorKind.PropertyRequired)));

    private static string Message(ValidationError error) => error.Kind switch
    {
        ValidationErrorKind.PropertyRequired => $"required property '{error.Property}' is missing",
        ValidationErrorKind.NotInEnumeration => $"{Describe(error.Token)} is not one of [{string.Join(", ", error.Schema?.ActualSchema.Enumeration.Select(v => v is null ? "null" : JsonConvert.SerializeObject(v)) ?? [])}]",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => $"property '{error.Property}' is not allowed",
        _ => $"{error.Kind}: got {Describe(error.Token)}",
    };

    private static string Describe(JToken? token)
    {
        if (token is null)
        {
            return "nothing";
        }

        var text = token.ToString(Formatting.None);
        return token.Type + " " + (text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 120), "…"));
    }

    private static string ToPath(string? njsonPath)
    {
        var p = njsonPath ?? string.Empty;
        if (p.StartsWith('#'))
        {
            p = p[1..];
        }

        p = p.TrimStart('/');
        return p.Length == 0 ? "$" : p[0] == '[' ? "$" + p : "$." + p;
    }
}
