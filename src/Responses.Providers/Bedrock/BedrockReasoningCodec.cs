using System.Text.Json;
using Responses.Providers.Bedrock.Wire;

namespace Responses.Providers.Bedrock;

/// <summary>
/// The <c>encrypted_content</c> of reasoning items made from Converse <c>reasoningContent</c>: <c>bedrock.v1:</c>
/// followed by the base64 of the JSON array of the original blocks (signed <c>reasoningText</c> or
/// <c>redactedContent</c>). Decoding gives the blocks back unchanged for the next turn, as Claude requires when
/// thinking is combined with tools. Content without the prefix comes from another provider and is not sent.
/// </summary>
internal static class BedrockReasoningCodec
{
    public const string Prefix = "bedrock.v1:";

    public static string Encode(BedrockReasoningContent reasoning)
    {
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(new List<BedrockContentBlock> { new() { ReasoningContent = reasoning } }, BedrockJson.Blocks);
        return Prefix + Convert.ToBase64String(json);
    }

    public static bool IsBedrock(string? encryptedContent) => encryptedContent?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    /// <summary>The blocks of encoded content; throws <see cref="FormatException"/> when it is damaged.</summary>
    public static List<BedrockContentBlock> Decode(string encryptedContent)
    {
        if (!IsBedrock(encryptedContent))
        {
            throw new FormatException("The content was not made by the Bedrock provider.");
        }

        try
        {
            List<BedrockContentBlock> blocks = JsonSerializer.Deserialize(Convert.FromBase64String(encryptedContent[Prefix.Length..]), BedrockJson.Blocks) ?? [];
            if (blocks.Exists(b => b.ReasoningContent is null))
            {
                throw new FormatException("Reasoning content holds a block that is not reasoningContent.");
            }

            return blocks;
        }
        catch (JsonException ex)
        {
            throw new FormatException("The reasoning content is not valid: " + ex.Message, ex);
        }
    }
}
