using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace Analysis.Notebooks.Tests;

// Inside the namespace: outside it, the name Notebook would be the kit's Analysis.Notebook namespace.
using Notebook = Microsoft.DotNet.Interactive.Documents.Jupyter.Notebook;

using Analysis.Report;

/// <summary>
/// The kernel VS Code runs for this repository (scripts/setup-kernel.sh → .kernel/, started through
/// .vscode/settings.json) executes a notebook that loads the library and shows a Plotly.NET 6 chart and a
/// Deedle 8.1 frame. The stock kernel cannot: its FSharp.Core is too old.
/// </summary>
[Collection(NotebookCollection.Name)]
public class VsCodeKernelTests
{
    [Theory]
    [InlineData("polyglot-notebook.kernelTransportArgs")]
    [InlineData("dotnet-interactive.kernelTransportArgs")]
    public async Task The_workspace_kernel_runs_a_notebook_with_the_library_a_chart_and_a_frame(string setting)
    {
        EnsureKernelInstalled();
        var notebook = Repo.TestNotebook("plotly-deedle.ipynb");
        var cells = Notebook.Parse(await File.ReadAllTextAsync(notebook), new KernelInfoCollection { new("csharp", "C#") })
            .Elements.Where(e => e.KernelName == "csharp").Select(e => e.Contents).ToList();

        await using var kernel = await StdioKernel.StartAsync(TransportArgs(setting), Path.GetDirectoryName(notebook)!);
        var results = new List<KernelCellResult>();
        foreach (var code in cells)
        {
            var result = await kernel.SubmitAsync(code);
            Assert.True(result.Error is null, $"{notebook}: cell failed in the VS Code kernel:\n{code}\n{result.Error}");
            results.Add(result);
        }

        var chart = Assert.Single(results[1].Values, v => v.MimeType == "text/html").Value;
        Assert.Contains("Plotly.newPlot", chart);
        Assert.Contains("Test chart", chart);
        Assert.Contains("Letter", Assert.Single(results[2].Values, v => v.MimeType == "text/html").Value);

        var cwd = await kernel.SubmitAsync("Console.Write(System.IO.Directory.GetCurrentDirectory());");
        Assert.Equal(Path.GetDirectoryName(notebook), cwd.StandardOutput.ToString());
    }

    /// <summary>
    /// The story notebooks themselves, cell by cell, in the kernel VS Code starts: setup.csx loads, plotly.js is shown
    /// once, chart cells draw, no cell draws a compiler warning, and the kit's own types use their HTML formatter
    /// (found by the attribute's name).
    /// </summary>
    [Theory]
    [MemberData(nameof(StoryNotebookTests.Notebooks), MemberType = typeof(StoryNotebookTests))]
    public async Task The_workspace_kernel_runs_every_story_notebook(string name)
    {
        EnsureKernelInstalled();
        var notebook = Path.Combine(Repo.Root, "notebooks", name);
        var cells = Notebook.Parse(await File.ReadAllTextAsync(notebook), new KernelInfoCollection { new("csharp", "C#") })
            .Elements.Where(e => e.KernelName == "csharp").Select(e => e.Contents).ToList();

        await using var kernel = await StdioKernel.StartAsync(TransportArgs("polyglot-notebook.kernelTransportArgs"), Path.GetDirectoryName(notebook)!);
        var html = new List<(string Code, string Html)>();
        foreach (var code in cells)
        {
            var result = await kernel.SubmitAsync(code);
            Assert.True(result.Error is null, $"{name}: cell failed in the VS Code kernel:\n{code}\n{result.Error}");
            Assert.True(result.Diagnostics.Count == 0, $"{name}: the VS Code kernel warns about a cell:\n{code}\n{string.Join('\n', result.Diagnostics)}");
            html.AddRange(result.Values.Where(v => v.MimeType == "text/html").Select(v => (code, v.Value)));
        }

        Assert.Contains(html, h => h.Code.StartsWith("#load", StringComparison.Ordinal) && h.Html.Contains("if(window.Plotly)return;"));
        Assert.Contains(html, h => h.Code.Contains("Chart", StringComparison.Ordinal) && h.Html.Contains("<div class=\"analysis-chart\""));
        if (name.StartsWith("01", StringComparison.Ordinal))
            Assert.Contains(html, h => h.Html.StartsWith("<p><b>1</b> document(s) from", StringComparison.Ordinal)); // Corpus, by convention
    }

    [Fact]
    public void The_installed_kernel_carries_the_FSharp_Core_the_library_builds_with()
    {
        EnsureKernelInstalled();
        var kernelCore = AssemblyName.GetAssemblyName(Path.Combine(KernelApp, "FSharp.Core.dll")).Version;
        var libraryCore = AssemblyName.GetAssemblyName(Path.Combine(Repo.Root, "src/Analysis/bin/net10.0/FSharp.Core.dll")).Version;
        Assert.Equal(libraryCore, kernelCore);
    }

    [Fact]
    public void The_extensions_recommended_for_the_workspace_are_the_notebook_ones()
    {
        var extensions = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, ".vscode/extensions.json")))!["recommendations"]!
            .AsArray().Select(e => (string)e!).ToList();
        Assert.Contains("ms-dotnettools.dotnet-interactive-vscode", extensions);
        Assert.Contains("ms-toolsai.jupyter", extensions);
    }

    private static string KernelApp => Path.Combine(Repo.Root, ".kernel", "app");

    private static IReadOnlyList<string> TransportArgs(string setting)
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, ".vscode/settings.json")),
            documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
        var args = settings[setting]?.AsArray().Select(a => (string)a!).ToList();
        Assert.True(args is { Count: > 0 }, $".vscode/settings.json has no {setting}.");
        return args!;
    }

    /// <summary>
    /// scripts/setup.sh installs the kernel before the tests; on a machine where nobody ran it, install it
    /// here, and fail with what to do if that does not work (never skip: this is the test that the kernel works).
    /// </summary>
    private static void EnsureKernelInstalled()
    {
        if (File.Exists(Path.Combine(KernelApp, "Microsoft.DotNet.Interactive.App.dll"))) return;
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repo.Root,
        };
        start.ArgumentList.Add("scripts/setup-kernel.sh");
        using var setup = Process.Start(start)!;
        var output = setup.StandardOutput.ReadToEndAsync();
        var errors = setup.StandardError.ReadToEnd();
        setup.WaitForExit();
        Assert.True(setup.ExitCode == 0 && File.Exists(Path.Combine(KernelApp, "Microsoft.DotNet.Interactive.App.dll")),
            $"The notebook kernel is not installed in .kernel/ and `bash scripts/setup-kernel.sh` failed (exit {setup.ExitCode}):\n{output.Result}\n{errors}");
    }
}
