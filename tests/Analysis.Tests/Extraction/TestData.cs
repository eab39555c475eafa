namespace Analysis.Tests.Extraction;

using Analysis.Corpus;
using Analysis.Evaluation;

/// <summary>Files of the test project, found from the test's folder upwards (no copy step needed).</summary>
internal static class TestData
{
    public static string DevSetPath { get; } = Find(Path.Combine("tests", "Analysis.Tests", "Extraction", "DevSet.json"));

    public static string Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }

    /// <summary>A one-paragraph document under a neutral headline.</summary>
    public static Document Passage(string body, string id = "t") => CorpusLoader.FromText("Test passage\n\n" + body, id);
}
