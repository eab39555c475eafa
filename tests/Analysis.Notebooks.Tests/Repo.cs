namespace Analysis.Notebooks.Tests;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>This project's notebooks, run where they are so their relative paths mean what they say.</summary>
    public static string TestNotebook(string name) => Path.Combine(Root, "tests", "Analysis.Notebooks.Tests", "Notebooks", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analysis.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No Analysis.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>A throw-away folder for notebooks written by a test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("analysis-notebooks-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
