namespace Analysis.Tests.Notebook;

using Analysis.Notebooks;

/// <summary>
/// The notebooks hand out Deedle frames (Frames.TroopCounts…), so a reader's first own cell filters or joins one:
/// <c>counts.FilterRowsBy("kind", "deployment")</c>, <c>counts.Where(…)</c>, <c>JoinKind.Left</c>. Those are Deedle's
/// extension methods and types, in scope only with <c>using Deedle;</c>, which no notebook's prose teaches: the setup
/// brings Deedle in beside the kit's namespaces, and the apps made from the notebooks get the same line.
/// </summary>
public class NotebookFrameFilterTests
{
    private static readonly string Root = Find(new DirectoryInfo(AppContext.BaseDirectory));

    private static string Find(DirectoryInfo? dir) =>
        dir is null ? throw new InvalidOperationException("No Analysis.sln above the tests.")
        : File.Exists(Path.Combine(dir.FullName, "Analysis.sln")) ? dir.FullName : Find(dir.Parent);

    [Fact]
    public void The_setup_brings_in_Deedle_for_filtering_and_joining_frames()
    {
        var setup = File.ReadAllText(Path.Combine(Root, "notebooks", "setup.csx"));
        Assert.Matches(new System.Text.RegularExpressions.Regex(@"^global using Deedle;", System.Text.RegularExpressions.RegexOptions.Multiline), setup);
    }

    [Fact]
    public void An_app_made_from_a_notebook_can_filter_frames_too()
    {
        var notebook = Path.Combine(Root, "notebooks", "02-troop-estimates.ipynb");
        var app = NotebookApp.Source(notebook, Path.Combine(Root, "notebooks", "apps", "02-troop-estimates.cs"));
        Assert.Contains("\nusing Deedle;\n", app);
        Assert.Contains("\nusing Deedle;\n", File.ReadAllText(Path.Combine(Root, "notebooks", "apps", "02-troop-estimates.cs")).ReplaceLineEndings("\n"));
    }
}
