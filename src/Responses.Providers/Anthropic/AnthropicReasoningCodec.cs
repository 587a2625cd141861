using System.Text;
using System.Text.Json;
using Responses.Providers.Anthropic.Wire;

namespace Responses.Providers.Anthropic;

/// <summary>
/// The <c>encrypted_content</c> of reasoning items made from Anthropic thinking: <c>anthropic.v1:</c> followed by
/// the base64 of the JSON array of the original <c>thinking</c>/<c>redacted_thinking</c> blocks, signatures
/// included. Decoding gives the blocks back byte for byte, so the next turn can return them as Anthropic
/// requires for extended thinking with tools. Content without the prefix comes from another provider.
/// </summary>
internal static class AnthropicReasoningCodec
{
    public const string Prefix = "anthropic.v1:";

    public static string Encode(AnthropicContentBlock block)
    {
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(new List<AnthropicContentBlock> { block }, AnthropicJson.Blocks);
        return Prefix + Convert.ToBase64String(json);
    }

    /// <summary>Whether the content was made by this codec.</summary>
    public static bool IsAnthropic(string? encryptedContent) => encryptedContent?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    /// <summary>The blocks of encoded content; throws <see cref="FormatException"/> when it is damaged.</summary>
    public static List<AnthropicContentBlock> Decode(string encryptedContent)
    {
        if (!IsAnthropic(encryptedContent))
        {
            throw new FormatException("The content was not made by the Anthropic provider.");
        }

        try
        {
            byte[] json = Convert.FromBase64String(encryptedContent[Prefix.Length..]);
            List<AnthropicContentBlock> blocks = JsonSerializer.Deserialize(json, AnthropicJson.Blocks) ?? [];
            foreach (AnthropicContentBlock block in blocks)
            {
                if (block.Type is not ("thinking" or "redacted_thinking"))
                {
                    throw new FormatException($"Unexpected block type '{block.Type}' in reasoning content.");
                }
            }

            return blocks;
        }
        catch (JsonException ex)
        {
            throw new FormatException("The reasoning content is not valid: " + ex.Message, ex);
        }
    }

    /// <summary>The UTF-8 JSON of blocks, for tests and diagnostics.</summary>
    public static string ToJson(IReadOnlyList<AnthropicContentBlock> blocks) =>
        Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(blocks.ToList(), AnthropicJson.Blocks));
}
