namespace Analysis.Benchmarks;

using Analysis.Corpus;
using Analysis.Pipeline;
using Analysis.Timeline;

/// <summary>
/// The events' summaries alone (<see cref="EventSummarizer.Summarize"/>): every event sentence of a corpus (as the events
/// component finds them) summarized again and again on one thread. Prints the thread CPU seconds (least of several
/// passes after a warm one) and a checksum of every summary, so two builds can be shown to write the same lines. The
/// patterns are compiled as <c>analysis extract</c> compiles them past 16 MB. Each sentence's tokens are read cold here (a
/// pass reads 77,000 strings; a thread keeps the token tables of its last few): in a run, the components before events have
/// read them, so tokenizing weighs more here than there.
/// </summary>
internal static class Summaries
{
    public static void Run(string folder, int passes)
    {
        var documents = CorpusLoader.Load(folder).Documents;
        var extractor = Extractor.Default;
        // Each event's sentence as the events component passes it: the sentence's own string.
        var sentences = documents.SelectMany(d => extractor.Extract(d).Events.Select(e => d.Sentences[e.Provenance.Sentence].Text)).ToArray();
        var summarizer = EventSummarizer.For(Vocabulary.Lexicon.Default.CompiledToIL());
        var checksum = Pass(summarizer, sentences); // warm: tiered code settles
        var best = double.MaxValue;
        for (var pass = 0; pass < passes; pass++)
        {
            var start = ThreadCpu.Seconds();
            Pass(summarizer, sentences);
            best = Math.Min(best, ThreadCpu.Seconds() - start);
        }
        Console.WriteLine($"{documents.Count:N0} documents, {sentences.Length:N0} event sentences; checksum {checksum:x16}");
        Console.WriteLine($"  thread CPU seconds, least of {passes} passes: {best:F3} ({best * 1e9 / sentences.Length:F0} ns per sentence)");
    }

    private static ulong Pass(EventSummarizer summarizer, string[] sentences)
    {
        var checksum = 14695981039346656037UL;
        foreach (var s in sentences)
            foreach (var c in summarizer.Summarize(s)) checksum = (checksum ^ c) * 1099511628211UL;
        return checksum;
    }
}
