namespace Responses.Abstractions.Tests.Model;

/// <summary>Locates the repository's test fixtures (never anything outside the repository).</summary>
internal static class TestFiles
{
    public static string Fixtures => Responses.Testing.Fixtures.Root;

    public static string Spec(string name) => Path.Combine(Fixtures, "spec", name);

    public static string Wire => Path.Combine(Fixtures, "wire");
}
