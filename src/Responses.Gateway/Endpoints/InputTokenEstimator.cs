using System.Text.Json;
using Microsoft.ML.Tokenizers;

namespace Responses.Gateway.Endpoints;

/// <summary>
/// The gateway's estimate of input tokens where the deployment's provider has no counting API: the o200k_base
/// (GPT-4o/GPT-5 family) token count of the instructions, of every text value in the input, and of the tools' JSON.
/// Other model families tokenize differently and providers add per-message framing tokens, so this is an
/// estimate and is always labelled as one.
/// </summary>
internal static class InputTokenEstimator
{
    /// <summary>The value of <c>x-input-tokens-method</c> for this estimate.</summary>
    public const string Method = "estimate:o200k_base";

    private static readonly Lazy<Tokenizer> Tokenizer = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    /// <summary>Estimates the input tokens of a request.</summary>
    public static long Estimate(InputTokenCountRequest request)
    {
        Tokenizer tokenizer = Tokenizer.Value;
        long tokens = request.Instructions is { Length: > 0 } instructions ? tokenizer.CountTokens(instructions) : 0;
        if (request.Input is not null)
        {
            var reader = new Utf8JsonReader(ResponsesJson.SerializeToUtf8Bytes(request.Input));
            while (reader.Read())
            {
                // Only string values: property names and punctuation of the item JSON are not sent as text.
                if (reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } text)
                {
                    tokens += tokenizer.CountTokens(text);
                }
            }
        }

        if (request.Tools is { Count: > 0 } tools)
        {
            // Tool definitions reach the model as serialized schemas, so their whole JSON counts.
            tokens += tokenizer.CountTokens(System.Text.Encoding.UTF8.GetString(ResponsesJson.SerializeToUtf8Bytes(tools)));
        }

        return tokens;
    }
}
