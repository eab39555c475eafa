namespace Analysis.Tests.Notebook;

using System.Text.RegularExpressions;
using Analysis.Notebooks;
using Analysis.Tests.Extraction;

/// <summary>
/// The notebooks hand out Deedle frames (Frames.TroopCounts…), so a reader's first own cell filters or joins one:
/// <c>counts.FilterRowsBy("kind", "deployment")</c>, <c>counts.Where(…)</c>, <c>JoinKind.Left</c>. Those are Deedle's
/// extension methods and types, in scope only with <c>using Deedle;</c>: the setup brings Deedle in beside the kit's
/// namespaces, and the apps made from the notebooks get the same line.
/// </summary>
public class NotebookFrameFilterTests
{
    private static readonly string Setup = TestData.Find(Path.Combine("notebooks", "setup.csx"));
    private static readonly string Notebook = TestData.Find(Path.Combine("notebooks", "02-troop-estimates.ipynb"));
    private static readonly string App = TestData.Find(Path.Combine("notebooks", "apps", "02-troop-estimates.cs"));

    [Fact]
    public void The_setup_brings_in_Deedle_for_filtering_and_joining_frames() =>
        Assert.Matches(new Regex(@"^global using Deedle;", RegexOptions.Multiline), File.ReadAllText(Setup));

    [Fact]
    public void An_app_made_from_a_notebook_can_filter_frames_too()
    {
        Assert.Contains("\nusing Deedle;\n", NotebookApp.Source(Notebook, App));
        Assert.Contains("\nusing Deedle;\n", File.ReadAllText(App).ReplaceLineEndings("\n"));
    }
}
