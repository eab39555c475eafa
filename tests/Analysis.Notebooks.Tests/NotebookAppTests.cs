using System.Diagnostics;

namespace Analysis.Notebooks.Tests;

using Analysis.Charts;

/// <summary>
/// The way off the notebook platform: each notebook as a .NET file-based app (notebooks/apps/NN.cs) that writes the
/// same prose, tables and charts to one offline page.
/// </summary>
[Collection(NotebookCollection.Name)]
public class NotebookAppTests
{
    [Theory]
    [MemberData(nameof(StoryNotebookTests.Notebooks), MemberType = typeof(StoryNotebookTests))]
    public void The_app_in_the_repository_matches_its_notebook(string name)
    {
        var notebook = Path.Combine(Repo.Root, "notebooks", name);
        var app = Path.Combine(Repo.Root, "notebooks", "apps", Path.ChangeExtension(name, ".cs"));

        Assert.True(File.Exists(app), $"{app} is missing: run `./analysis notebooks --to app`.");
        Assert.True(NotebookApp.Source(notebook, app) == File.ReadAllText(app),
            $"{app} is out of date with {name}: run `./analysis notebooks --to app`.");
    }

    [Fact]
    public void The_app_references_the_library_shows_what_cells_display_and_drops_the_setup_cell()
    {
        var notebook = Path.Combine(Repo.Root, "notebooks", "02-troop-estimates.ipynb");
        var source = NotebookApp.Source(notebook, Path.Combine(Repo.Root, "notebooks", "apps", "02-troop-estimates.cs"));

        Assert.Contains("#:project ../../src/Analysis/Analysis.csproj\n", source);
        Assert.DoesNotContain("#load", source);
        Assert.Contains("var findings = Kit.Analyze();", source);
        Assert.Contains("page.Show(Charts.TroopEstimates(findings));", source);
        Assert.Contains("page.Markdown(\"\"\"\n## The estimates chart", source);
        Assert.EndsWith("Console.WriteLine($\"Wrote {page.Write(\"out/apps/02-troop-estimates.html\")}\");\n", source);
    }

    [Fact]
    public void Usings_go_to_the_top_types_to_the_end_and_display_calls_to_the_page()
    {
        using var temp = new TempFolder();
        var notebook = temp.File("cells.ipynb");
        File.WriteAllText(notebook, NotebookJson.Create(
            NotebookJson.Code("#load \"setup.csx\"\nusing Analysis;"),
            NotebookJson.Code("using System.Text;\nrecord Pair(int A, int B);\nvar p = new Pair(1, 2);\ndisplay(p);"),
            NotebookJson.Code("#r \"nuget: Humanizer.Core, 3.0.10\"\np.A + p.B")));
        var source = NotebookApp.Source(notebook, temp.File("app.cs"), Path.Combine(Repo.Root, "src", "Analysis", "Analysis.csproj"));

        var lines = source.Split('\n');
        Assert.True(Array.IndexOf(lines, "using System.Text;") < Array.FindIndex(lines, l => l.StartsWith("var page", StringComparison.Ordinal)));
        Assert.Contains("#:package Humanizer.Core@3.0.10", lines);
        Assert.Contains("page.Show(p);", lines);
        Assert.Contains("page.Show(p.A + p.B);", lines);
        Assert.Equal("record Pair(int A, int B);", lines.Last(l => l.Length > 0));
    }

    [Fact]
    public async Task An_app_runs_with_dotnet_run_and_writes_the_notebooks_charts_offline()
    {
        var app = Path.Combine("notebooks", "apps", "02-troop-estimates.cs");
        var page = Path.Combine(Repo.Root, "out", "apps", "02-troop-estimates.html");
        if (File.Exists(page)) File.Delete(page); // a fresh clone has no out/apps/ yet

        var start = new ProcessStartInfo("dotnet", ["run", app])
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"dotnet run {app} exited with {process.ExitCode}:\n{await stdout}\n{await stderr}");
        Assert.Contains("Attributed to: National Intelligence Service; via: Lee Seong-kweun → Park Sun-won → Yonhap", await stdout);
        var html = await File.ReadAllTextAsync(page);
        // The notebook's three chart cells, drawn with the plotly.js inlined once; the printed lines are on the page too.
        Assert.Equal(3, CountOf(html, "<div class=\"analysis-chart\""));
        Assert.Equal(1, CountOf(html, "window.Plotly)return"));
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Attributed to: National Intelligence Service", html);
        Assert.Contains("<h2 id=\"the-estimates-chart\">The estimates chart</h2>", html);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
