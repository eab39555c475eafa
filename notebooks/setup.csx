// Brings the Analysis kit into a notebook. The first cell of every notebook in this folder is:
//
//     #load "setup.csx"
//     using Analysis;
//
// The #r paths below are resolved relative to this file, not to the kernel's working directory, so the same
// line works in VS Code's kernel (scripts/kernel.sh), in the in-process runner (`analysis notebooks`, tests)
// and from a notebook in a subfolder (`#load "../setup.csx"`).
//
// It references the library as built: src/Analysis/bin/net10.0/, the one output folder of every configuration
// (Debug from `dotnet build` and the tests, Release from `./analysis`), so whatever was built last is loaded.
// `./analysis notebooks` builds it before it runs them. After rebuilding the library, restart the notebook's
// kernel: a kernel keeps the assembly it loaded first.
// Plain `using` lines here would not reach the notebook's cells (a loaded script keeps its usings); the global ones
// below do, so a notebook needs no more than `using Analysis;`.
//
// The corpus: `Kit.Load()` and `Kit.Analyze()` read the folder named by the ANALYSIS_CORPUS environment variable
// when it is set (`./analysis notebooks --corpus DIR` sets it), else the nearest seeds/ folder.
#r "../src/Analysis/bin/net10.0/Analysis.dll"
#r "../src/Analysis/bin/net10.0/FSharp.Core.dll"
#r "../src/Analysis/bin/net10.0/Plotly.NET.dll"
#r "../src/Analysis/bin/net10.0/Plotly.NET.CSharp.dll"
#r "../src/Analysis/bin/net10.0/Deedle.dll"

// The kit's namespaces, one per folder (Analysis.Kit.Namespaces, which a test compares), but for Analysis itself:
// each notebook's first cell says `using Analysis;`, and a global using of it too prints hidden CS8933 to stderr.
global using Analysis.Corpus;
global using Analysis.Vocabulary;
global using Analysis.Import;
global using Analysis.Extraction;
global using Analysis.Timeline;
global using Analysis.Pipeline;
global using Analysis.Claims;
global using Analysis.Frames;
global using Analysis.Export;
global using Analysis.Charts;
global using Analysis.Report;
global using Analysis.Images;
global using Analysis.Notebook;
// Deedle, for the frames the kit hands out: a cell filters or joins one with Deedle's own extension methods
// (frame.FilterRowsBy("kind", "deployment"), frame.Where(…), JoinKind), which need its namespace in scope.
global using Deedle;

// Charts and frames display inline as HTML, drawn by the kit (Analysis.Notebook.NotebookHtml), offline. GenericChart and
// Frame<,> belong to Plotly.NET and Deedle, so the kit cannot mark them with its [TypeFormatterSource] convention
// (which makes Corpus, Document and Findings display without any registration): they are registered here.
Microsoft.DotNet.Interactive.Formatting.Formatter.Register(
    typeof(Plotly.NET.GenericChart),
    (object chart, System.IO.TextWriter writer) => { Analysis.Notebook.NotebookHtml.TryWrite(chart, writer); },
    "text/html");
Microsoft.DotNet.Interactive.Formatting.Formatter.Register(
    typeof(Deedle.Frame<,>),
    (object frame, System.IO.TextWriter writer) => { Analysis.Notebook.NotebookHtml.TryWrite(frame, writer); },
    "text/html");

// plotly.js, once per notebook, from the copy inside Plotly.NET: every chart below draws with it, with no network.
// DisplayAs, not display(HTML(…)): HTML()'s IHtmlContent comes from Microsoft.AspNetCore.Html.Abstractions, 2.3 to
// .NET Interactive but 10.0 in the kernel's ASP.NET Core runtime, and a cell that binds it prints warning CS1701.
System.DisplayExtensions.DisplayAs(Analysis.Notebook.NotebookHtml.PlotlyScript(), "text/html");
