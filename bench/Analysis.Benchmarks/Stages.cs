using System.Diagnostics;

namespace Analysis.Benchmarks;

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
        var clock = Measure(() => CorpusLoader.Stream(folder));
        var stream = clock.Result;
        Report("list the folder", clock.Cpu, stream.TotalBytes, null);

        CorpusLoader.Stream(folder).Documents().Take(300).Count(); // warm-up
        var read = Measure(() => stream.Documents().ToList());
        var documents = read.Result;
        var sentences = documents.Sum(d => d.Sentences.Count);
        Console.WriteLine($"{documents.Count:N0} documents, {sentences:N0} sentences, {stream.TotalBytes / Mb:F1} MB");
        Report("read and parse", read.Cpu, stream.TotalBytes, sentences);

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
            Report(name, run.Cpu, stream.TotalBytes, sentences);
            findings = run.Result;
        }

        var output = Path.Combine(Path.GetTempPath(), $"analysis-stages-{Environment.ProcessId}");
        Export.Write(findings.Take(300), output, ExportFormat.Csv); // warm-up
        var write = Measure(() => Export.Write(findings, output, ExportFormat.Csv));
        Report("write the tables (CSV)", write.Cpu, stream.TotalBytes, sentences);
        Directory.Delete(output, recursive: true);
    }

    private const double Mb = 1024d * 1024;

    private static void Report(string stage, double cpu, long bytes, int? sentences)
    {
        var perSentence = sentences is { } n && n > 0 ? $"{cpu / n * 1e6,8:F2} µs/sentence" : "";
        Console.WriteLine($"{stage,-32}{cpu,8:F2} s CPU {bytes / Mb / Math.Max(cpu, 1e-6),9:F1} MB/s per core {perSentence}");
    }

    // CPU time of the whole process while the work runs (the work is single-threaded; the GC's own
    // threads count too, as they would in the real run).
    private static (T Result, double Cpu) Measure<T>(Func<T> work)
    {
        GC.Collect();
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        var result = work();
        return (result, (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds);
    }
}
