namespace Responses.Abstractions.Tests.Model;

/// <summary>Locates the repository's test fixtures (never anything outside the repository).</summary>
internal static class TestFiles
{
    private static readonly Lazy<string> RepositoryRoot = new(FindRepositoryRoot);

    public static string Fixtures => Path.Combine(RepositoryRoot.Value, "tests", "fixtures");

    public static string Spec(string name) => Path.Combine(Fixtures, "spec", name);

    public static string Wire => Path.Combine(Fixtures, "wire");

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Integration.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Integration.sln not found above {AppContext.BaseDirectory}.");
    }
}
