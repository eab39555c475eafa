using System.Diagnostics;

namespace Analysis.Benchmarks;

using Analysis.Corpus;
using Analysis.Export;
using Analysis.Pipeline;
using Analysis.Vocabulary;

/// <summary>
/// What a one-article <c>analysis extract</c> does before and around its first document, step by step, in a fresh
/// process: the process's CPU seconds (every thread: the JIT's background compiler counts), wall time, the methods
/// the JIT compiled (<see cref="System.Runtime.JitInfo"/>) and the bytes allocated (every thread) in each step, the
/// first time it runs. To see it as the ReadyToRun program runs, copy the published assemblies (src/Analysis.Cli/bin/Release/app) over the
/// harness's before running it. Run it a few times (each a new process) and read the CPU column on a shared machine.
/// </summary>
internal static class Startup
{
    public static void Run(string corpus)
    {
        var (process, extractor) = StartAndExtractor();
        var stream = Step("corpus stream (CorpusLoader.Stream)", () => CorpusLoader.Stream(corpus));
        var documents = Step("read and parse", () => stream.Documents().ToList());
        var findings = Step("first extraction", () => documents.Select(extractor.Extract).ToList());
        Step("second extraction (warm)", () => documents.Select(extractor.Extract).ToList());
        var output = Path.Combine(Path.GetTempPath(), $"analysis-startup-{Environment.ProcessId}");
        Step("write the tables (CSV)", () => Export.Write(findings, output));
        Step("write the tables again (warm)", () => Export.Write(findings, output));
        Directory.Delete(output, recursive: true);
        Total(process);
    }

    /// <summary>
    /// The same for a one-article <c>analysis report</c>: the steps of <c>ReportCommand</c> (load, extract the corpus),
    /// then the report's own: the charts, each chart's JSON, the plotly.js bundle, the page and writing it.
    /// </summary>
    public static void Report(string corpus)
    {
        var (process, extractor) = StartAndExtractor();
        var loaded = Step("load (CorpusLoader.Load)", () => CorpusLoader.Load(corpus));
        var findings = Step("extract the corpus", () => extractor.Extract(loaded));
        var charts = Step("charts (Report.ChartsOf)", () => Analysis.Report.Report.ChartsOf(findings));
        Step("charts' JSON (ChartJson.Of)", () => charts.Select(c => Analysis.Charts.ChartJson.Of(c.Chart)).ToList());
        Step("plotly.js bundle", () => Analysis.Report.PlotlyJs.Source);
        var page = Step("page (Report.Render)", () => Analysis.Report.Report.Render(findings));
        Step("page again (warm)", () => Analysis.Report.Report.Render(findings));
        if (Environment.GetEnvironmentVariable("STARTUP_WARM_PARTS") is not null)
        {
            Step("charts again (warm)", () => Analysis.Report.Report.ChartsOf(findings));
            Step("charts' JSON again (warm)", () => charts.Select(c => Analysis.Charts.ChartJson.Of(c.Chart)).ToList());
            Step("claims (ClaimSet.Of, warm)", () => Analysis.Claims.ClaimSet.Of(findings));
            Step("bundle escaped (warm)", () => Analysis.Report.PlotlyJs.Source.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase));
            Step("page x10 (warm)", () => Enumerable.Range(0, 10).Select(_ => Analysis.Report.Report.Render(findings).Length).Sum());
        }
        var output = Path.Combine(Path.GetTempPath(), $"analysis-startup-{Environment.ProcessId}.html");
        Step("write (Report.Write)", () => Analysis.Report.Report.Write(findings, output));
        File.Delete(output);
        Total(process);
    }

    // The runtime's start, then the lexicon and the extractor: the first steps of both runs.
    private static (Process Process, Extractor Extractor) StartAndExtractor()
    {
        var process = Process.GetCurrentProcess();
        var sinceStart = DateTime.Now - process.StartTime;
        Console.WriteLine($"{"runtime start to Main",-36}{process.TotalProcessorTime.TotalSeconds,7:F3} s CPU {sinceStart.TotalSeconds,7:F3} s wall" +
            $" {System.Runtime.JitInfo.GetCompiledMethodCount(),6} methods JIT-compiled in {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F3} s");
        var lexicon = Step("lexicon (Lexicon.Default)", () => Lexicon.Default);
        return (process, Step("extractor (Extractor.For)", () => Extractor.For(lexicon)));
    }

    private static void Total(Process process)
    {
        process.Refresh();
        Console.WriteLine($"{"total",-36}{process.TotalProcessorTime.TotalSeconds,7:F3} s CPU {(DateTime.Now - process.StartTime).TotalSeconds,7:F3} s wall");
    }

    private static T Step<T>(string name, Func<T> work)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = work();
        clock.Stop();
        process.Refresh();
        Console.WriteLine($"{name,-36}{(process.TotalProcessorTime - cpu).TotalSeconds,7:F3} s CPU {clock.Elapsed.TotalSeconds,7:F3} s wall" +
            $" {System.Runtime.JitInfo.GetCompiledMethodCount() - methods,6} methods JIT-compiled in {(System.Runtime.JitInfo.GetCompilationTime() - jit).TotalSeconds:F3} s" +
            $" {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / (1024d * 1024),7:F1} MB allocated");
        return result;
    }
}
