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
// `using` lines here would not reach the notebook's cells (a loaded script keeps its usings), so each notebook
// writes its own.
//
// The corpus: `Kit.Load()` and `Kit.Analyze()` read the folder named by the ANALYSIS_CORPUS environment variable
// when it is set (`./analysis notebooks --corpus DIR` sets it), else the nearest seeds/ folder.
#r "../src/Analysis/bin/net10.0/Analysis.dll"
#r "../src/Analysis/bin/net10.0/FSharp.Core.dll"
#r "../src/Analysis/bin/net10.0/Plotly.NET.dll"
#r "../src/Analysis/bin/net10.0/Plotly.NET.CSharp.dll"
#r "../src/Analysis/bin/net10.0/Deedle.dll"

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
Microsoft.DotNet.Interactive.Kernel.display(Microsoft.DotNet.Interactive.Kernel.HTML(Analysis.NotebookHtml.PlotlyScript()));
