namespace Analysis.Benchmarks;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>
/// The CPU time of each extraction component (<see cref="IComponent.Run"/>) over a corpus, on one thread: the
/// CPU time of the calling thread only (a shared machine's load adds wall time, not this), the least of several
/// passes after a warm one. The lexicon's patterns are compiled as <c>analysis extract</c> compiles them past 16 MB.
/// </summary>
internal static class Components
{
    public static void Run(string folder, int passes)
    {
        var documents = CorpusLoader.Load(folder).Documents;
        var extractor = Extractor.For(Vocabulary.Lexicon.Default.CompiledToIL());
        foreach (var d in documents) extractor.Extract(d); // warm: tiered code and compiled patterns settle
        var best = Enumerable.Repeat(double.MaxValue, extractor.Components.Count).ToArray();
        // Bytes each component allocates on this thread in a pass (the same every pass).
        var allocated = new long[best.Length];
        var (gcs, paused, cpu) = (GC.CollectionCount(0), GC.GetTotalPauseDuration(), ThreadCpu.Seconds());
        for (var pass = 0; pass < passes; pass++)
        {
            var seconds = new double[best.Length];
            Array.Clear(allocated);
            foreach (var d in documents)
            {
                var annotated = new AnnotatedDocument(d);
                for (var i = 0; i < seconds.Length; i++)
                {
                    var bytes = GC.GetAllocatedBytesForCurrentThread();
                    var start = ThreadCpu.Seconds();
                    extractor.Components[i].Run(annotated);
                    seconds[i] += ThreadCpu.Seconds() - start;
                    allocated[i] += GC.GetAllocatedBytesForCurrentThread() - bytes;
                }
            }
            for (var i = 0; i < best.Length; i++) best[i] = Math.Min(best[i], seconds[i]);
        }
        Console.WriteLine($"{documents.Count:N0} documents; thread CPU seconds, least of {passes} passes; MB allocated per pass:");
        for (var i = 0; i < best.Length; i++) Console.WriteLine($"  {extractor.Components[i].Name,-14} {best[i],6:F3} {allocated[i] / 1e6,8:F1}");
        Console.WriteLine($"  {"total",-14} {best.Sum(),6:F3} {allocated.Sum() / 1e6,8:F1}");
        // The collections of the passes and their pauses (wall time; under workstation GC they stop this thread) beside the
        // passes' thread CPU, to tell what allocation costs in collections.
        (gcs, paused, cpu) = (GC.CollectionCount(0) - gcs, GC.GetTotalPauseDuration() - paused, ThreadCpu.Seconds() - cpu);
        Console.WriteLine($"  {passes} passes: {cpu:F3} thread CPU s, {gcs} collections, paused {paused.TotalSeconds:F3} s ({100 * paused.TotalSeconds / cpu:F1} %)");
    }
}
