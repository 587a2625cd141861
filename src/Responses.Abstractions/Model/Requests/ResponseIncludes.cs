namespace Responses;

/// <summary>Values of the request's <c>include</c> list: additional output data to return.</summary>
public static class ResponseIncludes
{
    /// <summary><c>file_search_call.results</c>: the results of file search calls.</summary>
    public const string FileSearchCallResults = "file_search_call.results";

    /// <summary><c>web_search_call.results</c>: the results of web search calls.</summary>
    public const string WebSearchCallResults = "web_search_call.results";

    /// <summary><c>web_search_call.action.sources</c>: the sources of web search calls.</summary>
    public const string WebSearchCallActionSources = "web_search_call.action.sources";

    /// <summary><c>message.input_image.image_url</c>: the image URLs of input messages.</summary>
    public const string MessageInputImageUrl = "message.input_image.image_url";

    /// <summary><c>computer_call_output.output.image_url</c>: the image URLs of computer call outputs.</summary>
    public const string ComputerCallOutputImageUrl = "computer_call_output.output.image_url";

    /// <summary><c>code_interpreter_call.outputs</c>: the outputs of code interpreter calls.</summary>
    public const string CodeInterpreterCallOutputs = "code_interpreter_call.outputs";

    /// <summary><c>reasoning.encrypted_content</c>: encrypted reasoning, to pass back when nothing is stored.</summary>
    public const string ReasoningEncryptedContent = "reasoning.encrypted_content";

    /// <summary><c>message.output_text.logprobs</c>: log probabilities of output text.</summary>
    public const string MessageOutputTextLogprobs = "message.output_text.logprobs";
}
