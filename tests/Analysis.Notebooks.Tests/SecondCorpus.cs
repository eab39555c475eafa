namespace Analysis.Notebooks.Tests;

/// <summary>
/// A corpus that is not the seed, written by the test: three dated articles on another troop story, with a manifest.
/// The sentences were written for these tests; the figures are illustrative, not reporting.
/// </summary>
internal sealed class SecondCorpus : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("analysis-second-corpus-").FullName;

    public static readonly string[] Titles =
    [
        "Border build-up: thousands of soldiers camp near the frontier",
        "More units reach the border as talks stall",
        "Defence ministry says the build-up has peaked",
    ];

    public SecondCorpus()
    {
        Write("first.txt", $"""
            {Titles[0]}

            The defence ministry said on Monday that about 4,000 soldiers had set up camp near the northern frontier.

            Reuters reported that engineers were building bridges across the river on March 1, 2025.

            Related Sources:
            """);
        Write("second.txt", $"""
            {Titles[1]}

            The defence ministry said on Sunday that more than 6,000 troops were now stationed near the border, up from 4,000 a week earlier.

            Negotiators met in Geneva on March 7, 2025, but the talks ended without an agreement, officials said.
            """);
        Write("third.txt", $"""
            {Titles[2]}

            About 6,500 soldiers remain near the border, the defence ministry told reporters on Friday.

            The Associated Press reported that some units had begun to pack their tents.
            """);
        Write("manifest.json", """
            {
              "first": { "published": "2025-03-03", "outlet": "Test Wire" },
              "second": { "published": "2025-03-10", "outlet": "Test Wire" },
              "third": { "published": "2025-03-17", "outlet": "Test Wire" }
            }
            """);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(Folder, name), text);

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Sets ANALYSIS_CORPUS (the name the README gives) for a test, as a user would before starting the kernel, and puts it back.</summary>
internal sealed class CorpusVariable : IDisposable
{
    public const string Name = "ANALYSIS_CORPUS";

    private readonly string? previous = Environment.GetEnvironmentVariable(Name);

    public CorpusVariable(string folder) => Environment.SetEnvironmentVariable(Name, folder);

    public void Dispose() => Environment.SetEnvironmentVariable(Name, previous);
}
