namespace Analysis.Benchmarks;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// The vocabulary layer alone, as the extraction components use it: one <see cref="PhraseMatcher"/> per twelve word
/// lists of the default lexicon (in any case, and the short lists also with case), each run over every sentence of a corpus,
/// read both inside the document's text (by span) and as the sentence's own string, the way the components call them.
/// Prints the thread CPU seconds (least of several passes after a warm one) and a checksum of every match, so two
/// builds can be shown to find the same phrases.
/// </summary>
internal static class Matchers
{
    public static void Run(string folder, int passes)
    {
        var documents = CorpusLoader.Load(folder).Documents;
        var lexicon = Lexicon.Default;
        var names = lexicon.WordListNames.Order(StringComparer.Ordinal).ToArray();
        var matchers = names.Chunk(12).Select(lists => PhraseMatcher.Of(lexicon, lists))
            .Concat(names.Where(n => lexicon.Words(n).Count <= 40).Chunk(12).Select(lists => PhraseMatcher.Of(lexicon, lists, ignoreCase: false)))
            .ToArray();
        var (checksum, matches) = Pass(documents, matchers); // warm: tiered code settles
        var best = double.MaxValue;
        for (var pass = 0; pass < passes; pass++)
        {
            var start = ThreadCpu.Seconds();
            Pass(documents, matchers);
            best = Math.Min(best, ThreadCpu.Seconds() - start);
        }
        var sentences = documents.Sum(d => d.Sentences.Count);
        Console.WriteLine($"{documents.Count:N0} documents, {sentences:N0} sentences, {matchers.Length} matchers; {matches:N0} matches, checksum {checksum:x16}");
        Console.WriteLine($"  thread CPU seconds, least of {passes} passes: {best:F3} ({best * 1e9 / (2.0 * sentences * matchers.Length):F1} ns per sentence per matcher)");
    }

    private static (ulong Checksum, long Matches) Pass(IReadOnlyList<Document> documents, PhraseMatcher[] matchers)
    {
        var (checksum, count) = (14695981039346656037UL, 0L);
        foreach (var d in documents)
        {
            // As the components of the document's text call them: each matcher over every sentence in turn.
            foreach (var matcher in matchers)
                foreach (var s in d.Sentences)
                    foreach (var hit in matcher.Find(d.Text, s.Start, s.End)) Add(hit);
            // As one component calls them on a sentence's own string: every matcher on it in turn.
            foreach (var s in d.Sentences)
                foreach (var matcher in matchers)
                    foreach (var hit in matcher.Find(s.Text, 0, s.Text.Length)) Add(hit);
        }
        return (checksum, count);

        void Add(PhraseMatch hit)
        {
            checksum = (checksum ^ (ulong)hit.Span.Start) * 1099511628211UL;
            checksum = (checksum ^ (ulong)hit.Span.End) * 1099511628211UL;
            checksum = (checksum ^ (ulong)hit.Label.Length) * 1099511628211UL;
            count++;
        }
    }
}
