using System.Text.Json;
using System.Text.Json.Nodes;
using Responses.Providers.Gemini.Wire;

namespace Responses.Providers.Gemini;

// Function calls: whole calls (args as an object) and calls whose arguments are streamed (Vertex AI
// streamFunctionCallArguments): {name, willContinue: true} opens the call, partialArgs chunks set values by JSON
// path (strings continue while willContinue), and an empty functionCall closes it. The call is written whole
// when it closes, so streamed and non-streamed answers give the same item.
internal sealed partial class GeminiEventMapper
{
    private GeminiPartialCall? _partial;

    private void HandleCall(GeminiFunctionCall call, string? signature)
    {
        bool hasPieces = call.PartialArgs is { Count: > 0 };
        if (call.Name is { Length: > 0 } name && call.Args is null && call.WillContinue == true)
        {
            FinishPartialCall();
            _partial = new GeminiPartialCall(name, call.Id, signature);
            return;
        }

        if (_partial is { } partial)
        {
            if (hasPieces)
            {
                partial.Apply(call.PartialArgs!);
            }

            partial.Signature ??= signature;
            if (call.WillContinue != true && !hasPieces)
            {
                FinishPartialCall();
            }

            return;
        }

        if (call.Name is not { Length: > 0 } wholeName)
        {
            // Pieces of a call that never opened: nothing to attach them to.
            return;
        }

        string arguments = call.Args is { ValueKind: JsonValueKind.Object } args ? GeminiJson.Compact(args) : "{}";
        WriteCall(wholeName, call.Id, arguments, signature);
    }

    private void FinishPartialCall()
    {
        if (_partial is { } partial)
        {
            _partial = null;
            WriteCall(partial.Name, partial.Id, partial.Arguments.ToJsonString(), partial.Signature);
        }
    }
}
