using System.Diagnostics;

namespace Analysis.Benchmarks;

using Analysis.Corpus;
using Analysis.Export;
using Analysis.Pipeline;
using Analysis.Report;

/// <summary>
/// Where the time of <c>analysis extract</c> goes, stage by stage, on one thread: listing the folder,
/// reading and parsing the articles, each extraction step on its own and together, and writing the
/// tables. Each stage is timed in CPU seconds after a warm-up pass, so JIT compilation is left out and the
/// other processes of a shared machine count little. The corpus is held in memory: give it 10 to 50 MB.
/// </summary>
internal static class Stages
{
    public static void Run(string folder)
    {
        var listing = Measure(() => CorpusLoader.Stream(folder));
        var stream = listing.Result;
        Report("list the folder", listing, stream.TotalBytes, null);

        CorpusLoader.Stream(folder).Documents().Take(300).Count(); // warm-up
        var read = Measure(() => stream.Documents().ToList());
        var documents = read.Result;
        var sentences = documents.Sum(d => d.Sentences.Count);
        Console.WriteLine($"{documents.Count:N0} documents, {sentences:N0} sentences, {stream.TotalBytes / Mb:F1} MB");
        Report("read and parse", read, stream.TotalBytes, sentences);

        (string Name, Extractor Extractor)[] steps =
        [
            ("troop counts", new ExtractorBuilder().UseTroopCounts().Build()),
            ("sources", new ExtractorBuilder().UseSources().Build()),
            ("troop counts + sources", new ExtractorBuilder().UseTroopCounts().UseSources().Build()),
            ("all steps (Extractor.Default)", Extractor.Default),
        ];
        List<DocumentFindings> findings = [];
        foreach (var (name, extractor) in steps)
        {
            // A whole pass first: the regexes' code is recompiled optimized only after many calls, in the background.
            foreach (var d in documents) extractor.Extract(d);
            var run = Measure(() => documents.Select(extractor.Extract).ToList());
            Report(name, run, stream.TotalBytes, sentences);
            findings = run.Result;
        }

        var output = Path.Combine(Path.GetTempPath(), $"analysis-stages-{Environment.ProcessId}");
        Export.Write(findings.Take(300), output, ExportFormat.Csv); // warm-up
        var write = Measure(() => Export.Write(findings, output, ExportFormat.Csv));
        Report("write the tables (CSV)", write, stream.TotalBytes, sentences);
        Directory.Delete(output, recursive: true);
    }

    /// <summary>Reading and parsing alone, five times after a warm-up: the stage the corpus code owns.</summary>
    public static void ReadOnly(string folder)
    {
        var stream = CorpusLoader.Stream(folder);
        CorpusLoader.Stream(folder).Documents().Take(300).Count(); // warm-up
        for (var i = 0; i < 5; i++)
        {
            var read = Measure(() => stream.Documents().Sum(d => d.Sentences.Count));
            Report("read and parse", read, stream.TotalBytes, read.Result);
        }
    }

    /// <summary>Writing the tables (CSV) alone, five times after a warm-up, from findings extracted once and held.</summary>
    public static void WriteOnly(string folder, ExportFormat format)
    {
        var stream = CorpusLoader.Stream(folder);
        var findings = stream.Documents().Select(Extractor.Default.Extract).ToList();
        var output = Path.Combine(Path.GetTempPath(), $"analysis-stages-{Environment.ProcessId}");
        Export.Write(findings.Take(300), output, format); // warm-up
        for (var i = 0; i < 5; i++)
        {
            var write = Measure(() => Export.Write(findings, output, format));
            Report($"write the tables ({format})", write, stream.TotalBytes, null);
        }
        Directory.Delete(output, recursive: true);
    }

    private const double Mb = 1024d * 1024;

    private static void Report<T>(string stage, Measured<T> m, long bytes, int? sentences)
    {
        var perSentence = sentences is { } n && n > 0 ? $"{m.Cpu / n * 1e6,8:F2} µs/sentence" : new string(' ', 20);
        Console.WriteLine($"{stage,-32}{m.Cpu,8:F2} s CPU {bytes / Mb / Math.Max(m.Cpu, 1e-6),9:F1} MB/s per core {perSentence} {m.Allocated / (double)bytes,7:F1} bytes allocated per byte");
    }

    private sealed record Measured<T>(T Result, double Cpu, long Allocated);

    // CPU time of the whole process while the work runs (the work is single-threaded; the GC's own
    // threads count too, as they would in the real run), and the bytes the work allocated.
    private static Measured<T> Measure<T>(Func<T> work)
    {
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var result = work();
        return new(result, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }
}
