using System.Security.Cryptography;
using System.Text.Json;
using Responses.Gateway.Http;

namespace Responses.Gateway.Endpoints;

/// <summary>LiteLLM's virtual-key routes: <c>POST /key/generate</c>, <c>GET /key/info</c>, <c>POST /key/delete</c>.</summary>
internal static class KeyEndpoints
{
    /// <summary>Maps the key routes (LiteLLM serves them without a version prefix).</summary>
    public static void MapKeys(this IEndpointRouteBuilder app)
    {
        app.MapPost("/key/generate", GenerateAsync);
        app.MapGet("/key/info", InfoAsync);
        app.MapPost("/key/delete", DeleteAsync);
    }

    private static async Task GenerateAsync(HttpContext context, IVirtualKeyStore store, TimeProvider time)
    {
        if (!await EnsureAdminAsync(context))
        {
            return;
        }

        KeyRequest request;
        try
        {
            request = KeyRequest.Parse(await ReadBodyAsync(context));
        }
        catch (KeyRequestException e)
        {
            await GatewayErrors.WriteAsync(context, 400, e.Message, "invalid_request_error", e.Param, null);
            return;
        }

        string key = request.Key ?? "sk-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        DateTimeOffset now = time.GetUtcNow();
        var record = new VirtualKey
        {
            TokenHash = VirtualKeyHash.Of(key),
            KeyName = $"sk-...{key[^4..]}",
            KeyAlias = request.KeyAlias,
            Models = request.Models,
            MaxBudget = request.MaxBudget,
            BudgetDuration = request.BudgetDuration,
            RpmLimit = request.RpmLimit,
            TpmLimit = request.TpmLimit,
            UserId = request.UserId,
            Metadata = request.Metadata,
            CreatedAt = now,
            ExpiresAt = request.Duration is { } duration ? now + duration : null,
        };
        try
        {
            await store.CreateAsync(record, context.RequestAborted);
        }
        catch (InvalidOperationException)
        {
            await GatewayErrors.WriteAsync(context, 400, "This key already exists.", "invalid_request_error", "key", null);
            return;
        }

        await WriteAsync(context, 200, writer =>
        {
            // LiteLLM's answer: the key (shown once), then the stored settings.
            writer.WriteString("key", key);
            WriteKeyFields(writer, record);
            writer.WriteString("token_id", record.TokenHash);
            if (request.Ignored.Count > 0)
            {
                writer.WriteStartArray("ignored_fields");
                request.Ignored.ForEach(writer.WriteStringValue);
                writer.WriteEndArray();
            }
        });
    }

    private static async Task InfoAsync(HttpContext context, IVirtualKeyStore store)
    {
        GatewayCaller caller = GatewayCaller.Of(context);
        string? presented = context.Request.Query["key"];
        string hash;
        if (string.IsNullOrEmpty(presented))
        {
            // LiteLLM: without ?key= the caller's own key is described.
            if (caller.Key is null)
            {
                await GatewayErrors.WriteAsync(context, 400, "Pass the key to describe: /key/info?key=sk-...", "invalid_request_error", "key", null);
                return;
            }

            hash = caller.Key.TokenHash;
            presented = caller.Key.TokenHash;
        }
        else
        {
            hash = HashOf(presented);
        }

        if (!caller.IsAdmin && caller.Key?.TokenHash != hash)
        {
            await GatewayErrors.WriteAsync(context, 403, "A virtual key may only look up itself; use the master key for others.", "permission_error", "key", "403");
            return;
        }

        if (await store.GetAsync(hash, context.RequestAborted) is not { } record)
        {
            await GatewayErrors.WriteAsync(context, 404, "Key not found.", "invalid_request_error", "key", "not_found");
            return;
        }

        await WriteAsync(context, 200, writer =>
        {
            writer.WriteString("key", presented);
            writer.WriteStartObject("info");
            writer.WriteString("token", record.TokenHash);
            WriteKeyFields(writer, record);
            writer.WriteEndObject();
        });
    }

    private static async Task DeleteAsync(HttpContext context, IVirtualKeyStore store)
    {
        if (!await EnsureAdminAsync(context))
        {
            return;
        }

        JsonElement body = await ReadBodyAsync(context);
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("keys", out JsonElement keys) || keys.ValueKind != JsonValueKind.Array
            || keys.GetArrayLength() == 0 || keys.EnumerateArray().Any(k => k.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(k.GetString())))
        {
            await GatewayErrors.WriteAsync(context, 400, "'keys' must be a non-empty list of keys (or their hashes).", "invalid_request_error", "keys", null);
            return;
        }

        List<string> presented = keys.EnumerateArray().Select(k => k.GetString()!).ToList();
        var hashes = presented.Select(HashOf).ToList();
        var missing = new List<string>();
        for (int i = 0; i < hashes.Count; i++)
        {
            if (await store.GetAsync(hashes[i], context.RequestAborted) is null)
            {
                missing.Add(presented[i]);
            }
        }

        // As LiteLLM: all or nothing, so a typo does not leave half the list deleted.
        if (missing.Count > 0)
        {
            await GatewayErrors.WriteAsync(context, 404, $"{missing.Count} of the keys do not exist; nothing was deleted.", "invalid_request_error", "keys", "not_found");
            return;
        }

        await store.DeleteAsync(hashes, context.RequestAborted);
        await WriteAsync(context, 200, writer =>
        {
            writer.WriteStartArray("deleted_keys");
            presented.ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
        });
    }

    /// <summary>A key as presented (<c>sk-…</c>) is hashed; anything else is taken as the hash LiteLLM also accepts.</summary>
    private static string HashOf(string keyOrHash) =>
        keyOrHash.StartsWith("sk-", StringComparison.Ordinal) ? VirtualKeyHash.Of(keyOrHash) : keyOrHash.ToLowerInvariant();

    private static async Task<bool> EnsureAdminAsync(HttpContext context)
    {
        if (GatewayCaller.Of(context).IsAdmin)
        {
            return true;
        }

        await GatewayErrors.WriteAsync(context, 403, "Only the master key may manage keys.", "permission_error", null, "403");
        return false;
    }

    private static async Task<JsonElement> ReadBodyAsync(HttpContext context)
    {
        if (context.Request.ContentLength == 0)
        {
            // LiteLLM accepts an empty /key/generate: a key with no limits.
            using JsonDocument empty = JsonDocument.Parse("{}");
            return empty.RootElement.Clone();
        }

        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        return ParseBody(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    /// <summary>The body as a JSON element; <c>default</c> (refused as "not a JSON object") when it is not valid UTF-8 JSON.</summary>
    internal static JsonElement ParseBody(ReadOnlyMemory<byte> bytes)
    {
        // JsonDocument checks UTF-8 only when a string is read: invalid bytes in a name would throw later (a 500), so the
        // body is checked here and refused like any other body that is not a JSON object.
        if (!System.Text.Unicode.Utf8.IsValid(bytes.Span))
        {
            return default;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(bytes);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static void WriteKeyFields(Utf8JsonWriter writer, VirtualKey key)
    {
        writer.WriteString("key_name", key.KeyName);
        Nullable("key_alias", key.KeyAlias);
        if (key.ExpiresAt is { } expires)
        {
            writer.WriteString("expires", expires.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull("expires");
        }

        writer.WriteStartArray("models");
        foreach (string model in key.Models)
        {
            writer.WriteStringValue(model);
        }

        writer.WriteEndArray();
        writer.WriteNumber("spend", key.Spend);
        NullableNumber("max_budget", key.MaxBudget);
        Nullable("budget_duration", key.BudgetDuration);
        NullableNumber("rpm_limit", key.RpmLimit);
        NullableNumber("tpm_limit", key.TpmLimit);
        Nullable("user_id", key.UserId);
        writer.WritePropertyName("metadata");
        if (key.Metadata is { } metadata)
        {
            metadata.WriteTo(writer);
        }
        else
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
        }

        writer.WriteString("created_at", key.CreatedAt.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

        void Nullable(string name, string? value)
        {
            if (value is null)
            {
                writer.WriteNull(name);
            }
            else
            {
                writer.WriteString(name, value);
            }
        }

        void NullableNumber(string name, decimal? value)
        {
            if (value is { } v)
            {
                writer.WriteNumber(name, v);
            }
            else
            {
                writer.WriteNull(name);
            }
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Encoder = ResponsesJson.Options.Encoder });
        writer.WriteStartObject();
        body(writer);
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }
}
