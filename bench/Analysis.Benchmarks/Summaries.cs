namespace Analysis.Benchmarks;

using Analysis.Corpus;
using Analysis.Pipeline;
using Analysis.Timeline;

/// <summary>
/// The events' summaries alone (<see cref="EventSummarizer.Summarize"/>): every event sentence of a corpus (as the events
/// component finds them) summarized again and again on one thread. Prints the thread CPU seconds (least of several
/// passes after a warm one) and a checksum of every summary, so two builds can be shown to write the same lines. The
/// patterns are compiled as <c>analysis extract</c> compiles them past 16 MB, or, asked with <c>interpreted</c>, interpreted as
/// it runs them below (the generated 10 MB corpus, one article). In a run the components before events have read
/// each sentence's tokens (a thread keeps the token tables of its last few texts); here a pass reads 77,000 strings, so each
/// sentence is first classified (<see cref="EventKinds.Classify(string, IReadOnlyList{Analysis.Extraction.TroopCount}?)"/>,
/// which reads all its tokens) and then summarized, and passes that only classify are timed too: the summary's cost with its
/// tokens read is the difference (the summary with its tokens read cold is also printed).
/// </summary>
internal static class Summaries
{
    public static void Run(string folder, int passes, bool compiled = true)
    {
        var documents = CorpusLoader.Load(folder).Documents;
        var extractor = Extractor.Default;
        // Each event's sentence as the events component passes it: the sentence's own string.
        var sentences = documents.SelectMany(d => extractor.Extract(d).Events.Select(e => d.Sentences[e.Provenance.Sentence].Text)).ToArray();
        var lexicon = compiled ? Vocabulary.Lexicon.Default.CompiledToIL() : Vocabulary.Lexicon.Default;
        var summarizer = EventSummarizer.For(lexicon);
        var kinds = EventKinds.For(lexicon);
        var checksum = Pass(summarizer, null, sentences); // warm: tiered code settles
        Pass(summarizer, kinds, sentences);
        var (cold, classified, both) = (double.MaxValue, double.MaxValue, double.MaxValue);
        for (var pass = 0; pass < passes; pass++)
        {
            cold = Math.Min(cold, Timed(() => Pass(summarizer, null, sentences)));
            classified = Math.Min(classified, Timed(() => Pass(null, kinds, sentences)));
            both = Math.Min(both, Timed(() => Pass(summarizer, kinds, sentences)));
        }
        Console.WriteLine($"{documents.Count:N0} documents, {sentences.Length:N0} event sentences; checksum {checksum:x16}");
        Console.WriteLine($"  thread CPU seconds, least of {passes} passes: summaries with their tokens read {both - classified:F3} " +
            $"({(both - classified) * 1e9 / sentences.Length:F0} ns per sentence; classified and summarized {both:F3}, classified {classified:F3}); " +
            $"summaries alone, tokens read cold {cold:F3}");
    }

    private static double Timed(Action pass)
    {
        var start = ThreadCpu.Seconds();
        pass();
        return ThreadCpu.Seconds() - start;
    }

    // Each sentence classified (its tokens read, as the components before a summary read them) and summarized, either
    // left out when null; the checksum of the summaries.
    private static ulong Pass(EventSummarizer? summarizer, EventKinds? kinds, string[] sentences)
    {
        var checksum = 14695981039346656037UL;
        foreach (var s in sentences)
        {
            if (kinds is not null && kinds.Classify(s) is { } kind) checksum ^= (ulong)kind.Length;
            if (summarizer is null) continue;
            foreach (var c in summarizer.Summarize(s)) checksum = (checksum ^ c) * 1099511628211UL;
        }
        return checksum;
    }
}
