// Brings the Analysis kit into a notebook. The first cell of every notebook in this folder is:
//
//     #load "setup.csx"
//     using Analysis;
//
// The #r paths below are resolved relative to this file, not to the kernel's working directory, so the same
// line works in VS Code's kernel (scripts/kernel.sh), in the in-process runner (`analysis notebooks`, tests)
// and from a notebook in a subfolder (`#load "../setup.csx"`).
//
// It references the library as built by `dotnet build` (Debug, what scripts/setup.sh runs). After rebuilding
// the library, restart the notebook's kernel: a kernel keeps the assembly it loaded first.
// `using` lines here would not reach the notebook's cells (a loaded script keeps its usings), so each notebook
// writes its own.
#r "../src/Analysis/bin/Debug/net10.0/Analysis.dll"
#r "../src/Analysis/bin/Debug/net10.0/FSharp.Core.dll"
#r "../src/Analysis/bin/Debug/net10.0/Plotly.NET.dll"
#r "../src/Analysis/bin/Debug/net10.0/Plotly.NET.CSharp.dll"
#r "../src/Analysis/bin/Debug/net10.0/Deedle.dll"

// Charts and frames display inline as HTML, drawn by the kit (Analysis.NotebookHtml), offline. GenericChart and
// Frame<,> belong to Plotly.NET and Deedle, so the kit cannot mark them with its [TypeFormatterSource] convention
// (which makes Corpus, Document and Findings display without any registration): they are registered here.
Microsoft.DotNet.Interactive.Formatting.Formatter.Register(
    typeof(Plotly.NET.GenericChart),
    (object chart, System.IO.TextWriter writer) => { Analysis.NotebookHtml.TryWrite(chart, writer); },
    "text/html");
Microsoft.DotNet.Interactive.Formatting.Formatter.Register(
    typeof(Deedle.Frame<,>),
    (object frame, System.IO.TextWriter writer) => { Analysis.NotebookHtml.TryWrite(frame, writer); },
    "text/html");

// plotly.js, once per notebook, from the copy inside Plotly.NET: every chart below draws with it, with no network.
// DisplayAs, not display(HTML(…)): HTML()'s IHtmlContent comes from Microsoft.AspNetCore.Html.Abstractions, 2.3 to
// .NET Interactive but 10.0 in the kernel's ASP.NET Core runtime, and a cell that binds it prints warning CS1701.
System.DisplayExtensions.DisplayAs(Analysis.NotebookHtml.PlotlyScript(), "text/html");
